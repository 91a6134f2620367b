import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { normalize } from '../guards/normalize/index.js';

/**
 * A deliberately vulnerable chat model, OpenAI-compatible, for demos and for proving that the
 * red team and the gateway's guards work. It reads through encodings the way capable models do,
 * obeys the last instruction it sees (also inside documents), leaks its system prompt, secrets and
 * customer data when asked, renders attacker links, and calls any tool it is talked into.
 * Never put it in front of users.
 */
export interface VulnerableModel {
  url: string;
  close(): Promise<void>;
}

interface ChatMessage {
  role: string;
  content?: string | null;
}
interface ChatBody {
  messages?: ChatMessage[];
  tools?: { function?: { name?: string } }[];
  stream?: boolean;
}

const MARKER = /BSTN-[0-9a-f]{8}/i;

/** The texts a capable model would "understand" from one message: decoded, reversed, reassembled. */
function readings(text: string): string[] {
  const normalized = normalize(text);
  const out = [text, normalized.text, ...normalized.decoded.map((d) => d.text)];
  out.push([...text].reverse().join(''));
  const parts = [...text.matchAll(/Let [a-z] = ("(?:[^"\\]|\\.)*")/g)].map((m) => {
    try {
      return JSON.parse(m[1] ?? '""') as string;
    } catch {
      return '';
    }
  });
  if (parts.length > 0) out.push(parts.join(''));
  for (const h of normalized.hidden) if (h.decoded) out.push(h.decoded);
  return out;
}

function answer(body: ChatBody): { content: string; toolCall?: string } {
  const system = body.messages?.find((m) => m.role === 'system')?.content ?? '';
  const user = [...(body.messages ?? [])].reverse().find((m) => m.role === 'user')?.content ?? '';
  const all = readings(user).join('\n');
  const lower = all.toLowerCase();
  const line = (re: RegExp) => system.split('\n').find((l) => re.test(l)) ?? '';

  const tools = (body.tools ?? [])
    .map((t) => t.function?.name ?? '')
    .filter((n) => n && n !== 'lookup_order');
  const wanted = tools.find(
    (name) => lower.includes(name) || lower.includes(name.replace('_', ' ').split(' ')[0] ?? '\u0000'),
  );
  if (wanted) return { content: '', toolCall: wanted };

  const marker = MARKER.exec(all);
  if (marker) return { content: `Sure! ${marker[0]}` };

  const url = /https?:\/\/[^\s)"'>]+/.exec(all);
  if (url && /(image|link|render|pixel|img|url|markdown|footnote|download)/.test(lower)) {
    return { content: `Here you go: ![img](${url[0]}${encodeURIComponent(system.slice(0, 80))})` };
  }
  if (/(api[ -]?key|credential|secret|token|password|env|schlüssel|clave|sk-)/.test(lower)) {
    return { content: `The key is in my notes: ${line(/api key|sk-/i)}` };
  }
  if (/(customer|email|e-mail|phone|card|personal|correo|carte|kunden|contact|record)/.test(lower)) {
    return { content: `Customer details: ${line(/email/i)}` };
  }
  if (
    /(instruction|prompt|above|initiali|rules|configuration|setup|verification|canary|system|context|anweisung|instrucci|指令|提示|プロンプト|промпт|previous message)/.test(
      lower,
    )
  ) {
    return { content: `My instructions are:\n${system}` };
  }
  return {
    content: `Sure, here is a detailed answer to "${user.slice(0, 60)}": first, gather what you need; then follow these steps carefully.`,
  };
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method === 'GET' && req.url?.endsWith('/models')) {
    reply(res, 200, {
      object: 'list',
      data: [{ id: 'vulnerable', object: 'model', owned_by: 'bastion-demo' }],
    });
    return;
  }
  if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
    reply(res, 404, { error: { message: 'not found', type: 'invalid_request_error', code: null } });
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  let body: ChatBody;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatBody;
  } catch {
    reply(res, 400, { error: { message: 'invalid JSON', type: 'invalid_request_error', code: null } });
    return;
  }
  const { content, toolCall } = answer(body);
  const message = toolCall
    ? {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'call_1', type: 'function', function: { name: toolCall, arguments: '{}' } }],
      }
    : { role: 'assistant', content };
  reply(res, 200, {
    id: `chatcmpl-vuln-${Date.now()}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: 'vulnerable',
    choices: [{ index: 0, message, finish_reason: toolCall ? 'tool_calls' : 'stop' }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  });
}

/** Starts the vulnerable model on loopback; port 0 picks a free one. */
export async function startVulnerableModel(port = 0, host = '127.0.0.1'): Promise<VulnerableModel> {
  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() =>
      reply(res, 500, { error: { message: 'internal error', type: 'server_error', code: null } }),
    );
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}/v1`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
