/** The content script's entry point: ClaimLens on one page. */
export {};
