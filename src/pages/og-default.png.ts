import type { APIRoute } from 'astro';
import sharp from 'sharp';

/**
 * The default link-preview image (1200 × 630): the site's mark and name,
 * drawn from SVG at build time so it needs no design file to maintain.
 */
export const GET: APIRoute = async () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#0b57d0"/>
  <rect x="80" y="80" width="1040" height="470" rx="32" fill="#ffffff"/>
  <rect x="140" y="160" width="150" height="150" rx="32" fill="#0b57d0"/>
  <path d="M178 205h74M178 235h50M178 265h74" stroke="#ffffff" stroke-width="14" stroke-linecap="round"/>
  <text x="330" y="262" font-family="DejaVu Sans, Arial, sans-serif" font-size="88" font-weight="700" fill="#1a1f26">VET Commons</text>
  <text x="140" y="400" font-family="DejaVu Sans, Arial, sans-serif" font-size="40" fill="#1a1f26">The shared knowledge base of European</text>
  <text x="140" y="455" font-family="DejaVu Sans, Arial, sans-serif" font-size="40" fill="#1a1f26">vocational education partnerships</text>
</svg>`;
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
