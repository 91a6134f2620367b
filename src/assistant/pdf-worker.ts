/**
 * Worker-thread entry that extracts the text of PDFs with PDF.js (pdfjs-dist, Mozilla's parser): the parser is
 * promise-based, ingestion is synchronous, so pdf-text.ts blocks on this worker's answer (Atomics.wait).
 * Every request gets an answer, so the caller never waits out its timeout for an error.
 */
import { parentPort, type MessagePort } from 'node:worker_threads';

export interface PdfRequest {
  bytes: Uint8Array;
  port: MessagePort;
  /** Set to 1 and notified when the answer is on `port`. */
  signal: Int32Array;
}

export type PdfReply = { ok: true; title: string | null; pages: string[] } | { ok: false; error: string };

interface TextItem {
  str?: string;
  hasEOL?: boolean;
}

async function extract(bytes: Uint8Array): Promise<PdfReply> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // No eval (PDF.js can compile font programs with it), no fonts loaded: only text is wanted.
  const doc = await getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const meta = await doc.getMetadata().catch(() => null);
    const info = meta?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : null;
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(
        (content.items as TextItem[]).map((item) => (item.str ?? '') + (item.hasEOL ? '\n' : '')).join(''),
      );
      page.cleanup();
    }
    return { ok: true, title, pages };
  } finally {
    await doc.destroy();
  }
}

parentPort?.on('message', (request: PdfRequest) => {
  void extract(request.bytes)
    .catch((error: unknown): PdfReply => {
      const e = error instanceof Error ? error : new Error(String(error));
      return { ok: false, error: `${e.name}: ${e.message}` };
    })
    .then((reply) => {
      request.port.postMessage(reply);
      request.port.close();
      Atomics.store(request.signal, 0, 1);
      Atomics.notify(request.signal, 0);
    });
});
