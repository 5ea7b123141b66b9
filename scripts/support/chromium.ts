// Debian's Chromium and the flags every browser test and the benchmark launch it with (no vitest here: scripts/bench.ts uses it too).
export const chromiumPath = "/usr/bin/chromium";

export const chromiumFlags = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
];
