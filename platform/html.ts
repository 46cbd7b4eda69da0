import { randomBytes } from 'node:crypto';

/**
 * Headers every page the hub serves carries. The console needs nothing from another origin:
 * scripts, styles, images and API calls are all 'self' (the identity provider's origin is
 * added when it is elsewhere), and no page may be framed.
 */
export function pageSecurityHeaders(
  options: { connectSrc?: string[]; styleNonce?: string; inlineStyles?: boolean; dataFonts?: boolean } = {},
): Record<string, string> {
  const styleSrc = ["'self'", options.styleNonce ? `'nonce-${options.styleNonce}'` : '', options.inlineStyles ? "'unsafe-inline'" : ''];
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    `style-src ${styleSrc.filter(Boolean).join(' ')}`,
    "img-src 'self' data:",
    `font-src 'self'${options.dataFonts ? ' data:' : ''}`,
    `connect-src ${["'self'", ...(options.connectSrc ?? [])].join(' ')}`,
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
  ].join('; ');
  return {
    'content-security-policy': csp,
    ...BASIC_SECURITY_HEADERS,
  };
}

/** Headers for every answer, pages or not. */
export const BASIC_SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A small server-rendered Danish page (the development log-in) with its own style under a nonce. */
export function htmlPage(title: string, main: string): { body: string; headers: Record<string, string> } {
  const nonce = randomBytes(16).toString('base64');
  const body = `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">
body { font-family: system-ui, sans-serif; margin: 0; background: #f4f6f8; color: #1b1f24; }
main { max-width: 44rem; margin: 3rem auto; padding: 0 1rem; }
ul.users { list-style: none; padding: 0; display: grid; gap: .5rem; }
ul.users button { width: 100%; text-align: left; padding: .8rem 1rem; border: 1px solid #9aa5b1; border-radius: .4rem; background: #fff; font: inherit; cursor: pointer; display: grid; gap: .2rem; }
ul.users button:hover, ul.users button:focus-visible { border-color: #0b5cad; outline: 3px solid #0b5cad; outline-offset: 1px; }
ul.users span { color: #424a53; font-size: .9rem; }
[role=alert] { color: #a4001d; font-weight: 600; }
a { color: #0b5cad; }
</style>
</head>
<body><main>${main}</main></body>
</html>`;
  return {
    body,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...pageSecurityHeaders({ styleNonce: nonce }) },
  };
}
