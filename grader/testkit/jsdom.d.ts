// The part of jsdom's API the testkit uses (jsdom ships no types; @types/jsdom would be one more
// dependency for three lines).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: { url?: string; pretendToBeVisual?: boolean });
    readonly window: Window & typeof globalThis;
    reconfigure(settings: { url?: string }): void;
  }
}
