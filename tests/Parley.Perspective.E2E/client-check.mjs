// End-to-end check of Parley's Perspective-compatible API with real, unmodified clients:
//  1. Google's Node.js client library (npm "googleapis"), built from the discovery document the way
//     Perspective's own API reference shows (google.discoverAPI), pointed at Parley instead of Google.
//  2. The exact request Coral's toxicity phase sends (coralproject/talk,
//     server/src/core/server/services/perspective/perspective.ts: URL built with path.join and ?key=).
// Usage: node client-check.mjs BASE_URL API_KEY   (prints one JSON line per check; exit code 0 = all passed)
import path from "node:path";
import { URL } from "node:url";
import { google } from "googleapis";

const [base, key] = process.argv.slice(2);
if (!base || !key) {
  console.error("usage: node client-check.mjs BASE_URL API_KEY");
  process.exit(2);
}

let failures = 0;
async function check(name, fn) {
  try {
    const detail = await fn();
    console.log(JSON.stringify({ check: name, ok: true, ...detail }));
  } catch (err) {
    failures++;
    console.log(JSON.stringify({ check: name, ok: false, error: String(err?.stack ?? err) }));
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const text = "What kind of idiot name is foo? Sorry, I like your name.";
const client = await google.discoverAPI(`${base}/$discovery/rest?version=v1alpha1`);

await check("googleapis analyze", async () => {
  const res = await client.comments.analyze({
    key,
    requestBody: {
      comment: { text },
      languages: ["en"],
      requestedAttributes: { TOXICITY: {}, INSULT: { scoreThreshold: 0 }, THREAT: {} },
      spanAnnotations: true,
      clientToken: "e2e-1",
    },
  });
  const scores = res.data.attributeScores;
  assert(res.status === 200, `status ${res.status}`);
  assert(typeof scores.TOXICITY.summaryScore.value === "number", "TOXICITY summary is a number");
  assert(scores.INSULT.summaryScore.type === "PROBABILITY", "score type");
  const spans = scores.TOXICITY.spanScores.map((s) => text.slice(s.begin, s.end));
  assert(spans.join("|") === "What kind of idiot name is foo?|Sorry, I like your name.", `spans ${spans}`);
  assert(res.data.clientToken === "e2e-1", "clientToken echoed");
  return { toxicity: scores.TOXICITY.summaryScore.value, spans };
});

await check("googleapis suggestscore", async () => {
  const res = await client.comments.suggestscore({
    key,
    requestBody: {
      comment: { text: "I guess it comes down a simple choice: Get busy living, or get busy dying." },
      attributeScores: { TOXICITY: { summaryScore: { value: 0 } } },
      communityId: "/forum/movies",
      clientToken: "comment-53922",
    },
  });
  assert(res.data.clientToken === "comment-53922", "clientToken echoed");
  return { clientToken: res.data.clientToken };
});

await check("googleapis error shape", async () => {
  try {
    await client.comments.analyze({ key: "pk_wrong", requestBody: { comment: { text }, requestedAttributes: { TOXICITY: {} } } });
  } catch (err) {
    // The library reads Google's {"error":{"code","message","status"}} into the error it throws.
    assert(err.status === 403 || err.code === 403, `status ${err.status ?? err.code}`);
    assert(err.message === "API key not valid. Please pass a valid API key.", `message ${err.message}`);
    assert(err.response?.data?.error?.status === "PERMISSION_DENIED", "status name");
    return { message: err.message };
  }
  throw new Error("a wrong key was accepted");
});

// Coral: sendToPerspective() with the tenant's custom endpoint set to Parley's /v1alpha1.
await check("coral toxic phase", async () => {
  const endpoint = `${base}/v1alpha1`;
  const url = new URL(endpoint.trim());
  url.pathname = path.join(url.pathname, "/comments:analyze");
  url.searchParams.set("key", key.trim());
  const model = "TOXICITY";
  const body = JSON.stringify({
    comment: { text: "You are a moron and your article is garbage." },
    doNotStore: true,
    requestedAttributes: { [model]: {} },
    languages: ["en"],
  });
  const res = await fetch(url.toString(), { method: "POST", headers: { "Content-Type": "application/json" }, body });
  assert(res.ok, `status ${res.status}`);
  const data = await res.json();
  const score = data.attributeScores[model].summaryScore.value;
  assert(typeof score === "number" && score > 0.5, `toxic comment scored ${score}`);
  return { score };
});

process.exit(failures === 0 ? 0 : 1);
