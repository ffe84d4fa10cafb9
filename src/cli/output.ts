import type { Writable } from 'node:stream';

/** A text sink that waits until each piece is handed on, so a slow reader slows the writer. */
export interface Output {
  write(text: string): Promise<void>;
}

export function streamOutput(stream: Writable): Output {
  return {
    write(text) {
      return new Promise((resolve, reject) => {
        stream.write(text, (error) => (error ? reject(error) : resolve()));
      });
    },
  };
}
