"""End-to-end check of Parley's Perspective-compatible API with Google's Python client library
(google-api-python-client, Debian package python3-googleapi), unmodified, built from Parley's discovery
document the way Perspective's quickstart builds it from Google's.

Usage: python3 client_check.py BASE_URL API_KEY   (prints one JSON line per check; exit code 0 = all passed)
"""
import json
import sys

from googleapiclient import discovery, errors

base, key = sys.argv[1], sys.argv[2]
url = base + "/$discovery/rest?version=v1alpha1"
failures = 0


def build(api_key):
    # cache_discovery=False: no file cache; static_discovery only exists (and must be False) from 2.0 on.
    options = {"developerKey": api_key, "discoveryServiceUrl": url, "cache_discovery": False}
    try:
        return discovery.build("commentanalyzer", "v1alpha1", static_discovery=False, **options)
    except TypeError:
        return discovery.build("commentanalyzer", "v1alpha1", **options)


def check(name, fn):
    global failures
    try:
        print(json.dumps({"check": name, "ok": True, **fn()}))
    except Exception as e:  # noqa: BLE001 - report every failure, keep checking
        failures += 1
        print(json.dumps({"check": name, "ok": False, "error": repr(e)}))


def analyze():
    text = "What kind of idiot name is foo? Sorry, I like your name."
    r = build(key).comments().analyze(body={
        "comment": {"text": text}, "languages": ["en"],
        "requestedAttributes": {"TOXICITY": {}, "INSULT": {}}, "spanAnnotations": True, "clientToken": "py-1",
    }).execute()
    spans = [text[s["begin"]:s["end"]] for s in r["attributeScores"]["INSULT"]["spanScores"]]
    assert spans == ["What kind of idiot name is foo?", "Sorry, I like your name."], spans
    assert r["clientToken"] == "py-1" and r["languages"] == ["en"]
    return {"insult": r["attributeScores"]["INSULT"]["summaryScore"]["value"]}


def suggest():
    r = build(key).comments().suggestscore(body={
        "comment": {"text": "I guess it comes down a simple choice."},
        "attributeScores": {"TOXICITY": {"summaryScore": {"value": 0}}}, "clientToken": "py-2",
    }).execute()
    assert r["clientToken"] == "py-2", r
    return {}


def wrong_key():
    try:
        build("pk_wrong").comments().analyze(body={"comment": {"text": "x"}, "requestedAttributes": {"TOXICITY": {}}}).execute()
    except errors.HttpError as e:
        body = json.loads(e.content)
        assert e.resp.status == 403 and body["error"]["status"] == "PERMISSION_DENIED", body
        return {"message": body["error"]["message"]}
    raise AssertionError("a wrong key was accepted")


check("python analyze", analyze)
check("python suggestscore", suggest)
check("python error shape", wrong_key)
sys.exit(1 if failures else 0)
