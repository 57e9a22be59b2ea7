namespace Parley.Features.Perspective;

/// <summary>
/// A Google API discovery document for this API. Google's own client libraries build their Perspective
/// client from one (Perspective's docs: Python <c>discovery.build(…, discoveryServiceUrl=…)</c>, Node
/// <c>google.discoverAPI(url)</c>), so pointing them at <c>{parley}/$discovery/rest?version=v1alpha1</c>
/// is the whole switch. <c>rootUrl</c> is this server as the client reached it.
/// </summary>
internal static class DiscoveryDocument
{
    public static IResult Get(HttpContext http)
    {
        var root = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/";
        return TypedResults.Text(Template.Replace("{ROOT}", root, StringComparison.Ordinal), "application/json; charset=UTF-8");
    }

    private const string Template = """
        {
          "kind": "discovery#restDescription",
          "discoveryVersion": "v1",
          "id": "commentanalyzer:v1alpha1",
          "name": "commentanalyzer",
          "version": "v1alpha1",
          "title": "Perspective Comment Analyzer API (served by Parley)",
          "description": "Perspective-compatible comment analysis served by Parley. See docs/perspective.md.",
          "protocol": "rest",
          "rootUrl": "{ROOT}",
          "servicePath": "",
          "baseUrl": "{ROOT}",
          "batchPath": "batch",
          "parameters": {
            "key": { "type": "string", "location": "query", "description": "API key of a Parley site." },
            "alt": { "type": "string", "location": "query", "default": "json", "enum": ["json"] },
            "fields": { "type": "string", "location": "query" },
            "prettyPrint": { "type": "boolean", "location": "query", "default": "true" },
            "quotaUser": { "type": "string", "location": "query" },
            "$.xgafv": { "type": "string", "location": "query", "enum": ["1", "2"] }
          },
          "resources": {
            "comments": {
              "methods": {
                "analyze": {
                  "id": "commentanalyzer.comments.analyze",
                  "path": "v1alpha1/comments:analyze",
                  "flatPath": "v1alpha1/comments:analyze",
                  "httpMethod": "POST",
                  "parameters": {},
                  "parameterOrder": [],
                  "request": { "$ref": "AnalyzeCommentRequest" },
                  "response": { "$ref": "AnalyzeCommentResponse" },
                  "description": "Analyzes the provided text and returns scores for requested attributes."
                },
                "suggestscore": {
                  "id": "commentanalyzer.comments.suggestscore",
                  "path": "v1alpha1/comments:suggestscore",
                  "flatPath": "v1alpha1/comments:suggestscore",
                  "httpMethod": "POST",
                  "parameters": {},
                  "parameterOrder": [],
                  "request": { "$ref": "SuggestCommentScoreRequest" },
                  "response": { "$ref": "SuggestCommentScoreResponse" },
                  "description": "Suggest comment scores as training data."
                }
              }
            }
          },
          "schemas": {
            "TextEntry": { "id": "TextEntry", "type": "object", "properties": {
              "text": { "type": "string" }, "type": { "type": "string", "enum": ["TEXT_TYPE_UNSPECIFIED", "PLAIN_TEXT", "HTML"] } } },
            "Context": { "id": "Context", "type": "object", "properties": {
              "entries": { "type": "array", "items": { "$ref": "TextEntry" } },
              "articleAndParentComment": { "type": "object", "properties": {
                "article": { "$ref": "TextEntry" }, "parentComment": { "$ref": "TextEntry" } } } } },
            "AttributeParameters": { "id": "AttributeParameters", "type": "object", "properties": {
              "scoreType": { "type": "string", "enum": ["SCORE_TYPE_UNSPECIFIED", "PROBABILITY"] },
              "scoreThreshold": { "type": "number", "format": "float" } } },
            "Score": { "id": "Score", "type": "object", "properties": {
              "value": { "type": "number", "format": "float" }, "type": { "type": "string" } } },
            "SpanScore": { "id": "SpanScore", "type": "object", "properties": {
              "begin": { "type": "integer", "format": "int32" }, "end": { "type": "integer", "format": "int32" },
              "score": { "$ref": "Score" } } },
            "AttributeScores": { "id": "AttributeScores", "type": "object", "properties": {
              "spanScores": { "type": "array", "items": { "$ref": "SpanScore" } }, "summaryScore": { "$ref": "Score" } } },
            "AnalyzeCommentRequest": { "id": "AnalyzeCommentRequest", "type": "object", "properties": {
              "comment": { "$ref": "TextEntry" }, "context": { "$ref": "Context" },
              "requestedAttributes": { "type": "object", "additionalProperties": { "$ref": "AttributeParameters" } },
              "spanAnnotations": { "type": "boolean" }, "languages": { "type": "array", "items": { "type": "string" } },
              "doNotStore": { "type": "boolean" }, "clientToken": { "type": "string" }, "sessionId": { "type": "string" },
              "communityId": { "type": "string" }, "dropUnsupportedAttributes": { "type": "boolean" } } },
            "AnalyzeCommentResponse": { "id": "AnalyzeCommentResponse", "type": "object", "properties": {
              "attributeScores": { "type": "object", "additionalProperties": { "$ref": "AttributeScores" } },
              "languages": { "type": "array", "items": { "type": "string" } },
              "detectedLanguages": { "type": "array", "items": { "type": "string" } }, "clientToken": { "type": "string" } } },
            "SuggestCommentScoreRequest": { "id": "SuggestCommentScoreRequest", "type": "object", "properties": {
              "comment": { "$ref": "TextEntry" }, "context": { "$ref": "Context" },
              "attributeScores": { "type": "object", "additionalProperties": { "$ref": "AttributeScores" } },
              "languages": { "type": "array", "items": { "type": "string" } }, "communityId": { "type": "string" },
              "clientToken": { "type": "string" }, "sessionId": { "type": "string" }, "doNotStore": { "type": "boolean" } } },
            "SuggestCommentScoreResponse": { "id": "SuggestCommentScoreResponse", "type": "object", "properties": {
              "detectedLanguages": { "type": "array", "items": { "type": "string" } },
              "requestedLanguages": { "type": "array", "items": { "type": "string" } }, "clientToken": { "type": "string" } } }
          }
        }
        """;
}
