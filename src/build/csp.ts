import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

// Why not Astro's experimental.csp: it hashes every stylesheet into style-src, and a hash in
// style-src makes browsers ignore 'unsafe-inline' there, which blocks KaTeX's inline style
// attributes and the <style> element Plot puts in every SVG (98 violations on one chapter when
// tried with Astro 5.18). Scripts are what a strict policy is for: here they may come only from
// this origin or match a hash of an inline script in the page itself.

/** Script types the browser runs; JSON and JSON-LD blocks are data, which CSP does not govern. */
const executable = (type: string | undefined) => !type || /^(module|(text|application)\/(java|ecma)script)$/i.test(type.trim());

/** The sha256 source of every inline script the page would run, in page order, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? "";
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1];
    if (!executable(type)) continue;
    const hash = `'sha256-${createHash("sha256").update(m[2] ?? "", "utf8").digest("base64")}'`;
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  return hashes;
}

/**
 * The page's policy: everything from this origin only; scripts from files on this origin or
 * hashed inline; no eval; styles may be inline (KaTeX and Plot write style attributes).
 * Only directives a <meta> element may carry (no frame-ancestors, report-uri or sandbox).
 */
export function contentSecurityPolicy(html: string): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScriptHashes(html)].join(" "),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    // Vite inlines KaTeX's smallest fonts into its CSS as data: URLs; they never leave the page.
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** The page with its policy as the first element after <meta charset>, before any script or style. */
export function withContentSecurityPolicy(html: string): string {
  if (/<meta\s+http-equiv=["']?content-security-policy/i.test(html)) throw new Error("The page already has a Content-Security-Policy meta element.");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}">`;
  const charset = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) throw new Error("The page has no <head> to put its Content-Security-Policy in.");
  return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
}

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

/** Writes the policy into every HTML file of the static build, so pages added later get one too. */
export function contentSecurityPolicyIntegration(): AstroIntegration {
  return {
    name: "content-security-policy",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const files = htmlFiles(fileURLToPath(dir));
        for (const file of files) writeFileSync(file, withContentSecurityPolicy(readFileSync(file, "utf8")));
        logger.info(`Content-Security-Policy written into ${files.length} pages.`);
      },
    },
  };
}
