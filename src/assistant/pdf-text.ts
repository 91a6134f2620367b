import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { PdfReply, PdfRequest } from './pdf-worker.js';
import { workerSource } from './worker-source.js';

export interface PdfText {
  title: string | null;
  pages: string[];
}

/** A PDF that takes longer than this to read (a pathological or hostile file) fails instead of stalling ingest. */
export const PDF_TIMEOUT_MS = 30_000;

// One PDF worker per thread, started on the first PDF; unref'd so it never keeps the process alive.
let worker: Worker | undefined;

function pdfWorker(): Worker {
  if (!worker) {
    const w = new Worker(workerSource('pdf-worker', import.meta.url), { eval: true });
    w.unref();
    w.on('error', () => {
      if (worker === w) worker = undefined;
    });
    w.on('exit', () => {
      if (worker === w) worker = undefined;
    });
    worker = w;
  }
  return worker;
}

/**
 * The text of each page of a PDF, synchronously (ingestion is synchronous; PDF.js is not, so it runs on a worker
 * and this thread waits for its answer). Throws an Error saying why for a corrupt, truncated or encrypted file,
 * or one that takes longer than `timeoutMs`.
 */
export function extractPdfText(bytes: Uint8Array, timeoutMs = PDF_TIMEOUT_MS): PdfText {
  const w = pdfWorker();
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const request: PdfRequest = { bytes, port: port2, signal };
  w.postMessage(request, [port2]);
  const waited = Atomics.wait(signal, 0, 0, timeoutMs);
  const message = receiveMessageOnPort(port1);
  port1.close();
  if (!message) {
    // Timed out (or the worker died): a stuck parse must not answer a later request, so the worker goes.
    void w.terminate();
    worker = undefined;
    throw new Error(
      waited === 'timed-out' ? `reading the PDF took longer than ${timeoutMs} ms` : 'the PDF reader stopped',
    );
  }
  const reply = message.message as PdfReply;
  if (!reply.ok) throw new Error(reply.error);
  return { title: reply.title, pages: reply.pages };
}
