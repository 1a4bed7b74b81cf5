import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Plugin } from 'vite'

/**
 * The served site's Content-Security-Policy: scripts and styles only from the site's own files
 * (no inline script, no eval; WebAssembly may be compiled, for the learner's sandbox), no plugins, frames or forms, and no network beyond the site itself
 * and a shared store's server on this machine (`npm run server`; a class opens the site from the
 * server instead, which is the site itself). `data:` images are for the inline favicon.
 */
export const SITE_POLICY = [
  "default-src 'self'",
  // WebAssembly only: QuickJS, the sandbox learner modules run in, is compiled from it. Still no eval.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' http://127.0.0.1:* http://localhost:*",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/** Hashes of every inline `<tag>` body in the page, for a policy that allows exactly those. */
function inlineHashes(html: string, tag: 'script' | 'style'): string[] {
  const pattern = new RegExp(`<${tag}(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g')
  return [...html.matchAll(pattern)].map((match) => sha256(match[1] ?? ''))
}

/** The single-file build's policy: its one inlined script and style, by hash; no network at all. */
export function standalonePolicy(html: string): string {
  return [
    "default-src 'none'",
    `script-src ${inlineHashes(html, 'script').join(' ')} 'wasm-unsafe-eval'`,
    `style-src ${inlineHashes(html, 'style').join(' ')}`,
    'img-src data:',
    "connect-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
}

const withPolicy = (html: string, policy: string) =>
  html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`)

/**
 * Puts the policy into the built index.html (not the dev server's, which injects inline scripts
 * for hot reload). For the single-file build it runs after the inlining, to hash the result.
 */
export function contentSecurityPolicy(build: 'site' | 'standalone'): Plugin {
  if (build === 'site') {
    return {
      name: 'content-security-policy',
      apply: 'build',
      transformIndexHtml: { order: 'post', handler: (html) => withPolicy(html, SITE_POLICY) },
    }
  }
  return {
    name: 'content-security-policy-standalone',
    apply: 'build',
    enforce: 'post',
    // The inlining happens while the bundle is generated, so the written file is the one to hash.
    async writeBundle(options, bundle) {
      for (const output of Object.values(bundle)) {
        if (!output.fileName.endsWith('.html')) continue
        const path = join(options.dir ?? '', output.fileName)
        const html = await readFile(path, 'utf8')
        await writeFile(path, withPolicy(html, standalonePolicy(html)))
      }
    },
  }
}
