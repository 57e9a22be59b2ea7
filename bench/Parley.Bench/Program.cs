using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Parley.Bench;

// Load benchmark for Parley's widget API. Targets 127.0.0.1 only; every phase is bounded in time.
// Usage: parley-bench <baseUrl> [seconds]   (the server must run with site "demo" allowing <baseUrl>)
var baseUrl = args.Length > 0 ? args[0].TrimEnd('/') : "http://127.0.0.1:5090";
var seconds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10;
if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var baseUri) || !(baseUri.IsLoopback))
{
    Console.Error.WriteLine("The benchmark only targets loopback addresses.");
    return 2;
}

var pagesOnly = args.Contains("--pages-only");
const int Stories = 50, CommentsPerStory = 200, BigStory = 20_000;
var duration = TimeSpan.FromSeconds(seconds);
var api = $"{baseUrl}/api/v1/sites/demo";
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
{
    Timeout = TimeSpan.FromSeconds(30),
};
string StoryUrl(int i) => $"{baseUrl}/bench/story-{i}";
var failures = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();

// Writers: a pool of guest identities, so posting measures comment writes rather than sign-ups.
var tokens = new string[64];
for (var i = 0; i < tokens.Length; i++)
{
    var r = await http.PostAsJsonAsync($"{api}/auth/guest", new { displayName = $"bench{i}" });
    r.EnsureSuccessStatusCode();
    tokens[i] = (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
}

var storyIds = new long[Stories + 2];
for (var i = 0; i < storyIds.Length; i++)
{
    var thread = await http.GetFromJsonAsync<JsonElement>($"{api}/thread?url={Uri.EscapeDataString(StoryUrl(i))}&title=Bench+{i}");
    storyIds[i] = thread.GetProperty("story").GetProperty("id").GetInt64();
}

async Task<long?> Post(int worker, long storyId, long? parentId, string body)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, $"{api}/comments") { Content = JsonContent.Create(new { storyId, parentId, body }) };
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[worker % tokens.Length]);
    using var response = await http.SendAsync(request);
    if (!response.IsSuccessStatusCode)
    {
        var problem = await response.Content.ReadAsStringAsync();
        failures.AddOrUpdate($"{(int)response.StatusCode} {problem[..Math.Min(160, problem.Length)]}", 1, (_, n) => n + 1);
        return null;
    }

    return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("comment").GetProperty("id").GetInt64();
}

if (pagesOnly)
{
    await FirstPages();
    return 0;
}

if (args.Contains("--posts-only"))
{
    Console.WriteLine(await LoadRunner.RunAsync("posts (steady state)", 16, duration, async (w, n) =>
        await Post(w, storyIds[(int)(n % Stories)], null, $"Steady comment {n} about the harbour street plan.") is not null));
    return 0;
}

// Seeding doubles as the posts/s measurement: 50 stories × 200 comments, a third of them replies.
var lastTop = new long?[Stories];
var seed = await LoadRunner.RunAsync("posts (seed 50x200, 1/3 replies)", 16, TimeSpan.FromMinutes(5), async (w, n) =>
{
    var story = (int)((n - 1) % Stories);
    var parent = n % 3 == 0 ? lastTop[story] : null;
    var id = await Post(w, storyIds[story], parent, $"Bench comment {n}: the council debated the plan for hours and voted on the amendments.");
    if (id is not null && parent is null)
    {
        lastTop[story] = id;
    }

    return id is not null;
}, Stories * CommentsPerStory);
Console.WriteLine(seed);
foreach (var (failure, count) in failures)
{
    Console.WriteLine($"  {count} x {failure}");
}

var big = storyIds[Stories];
var small = storyIds[Stories + 1];
var bigSeed = await LoadRunner.RunAsync($"posts (one story, {BigStory} comments)", 16, TimeSpan.FromMinutes(5),
    async (w, n) => await Post(w, big, null, $"Comment {n} on the very long thread.") is not null, BigStory);
Console.WriteLine(bigSeed);
for (var i = 0; i < 20; i++)
{
    await Post(i, small, null, $"Comment {i} on the short thread.");
}

var idsFile = args.SkipWhile(a => a != "--ids").Skip(1).FirstOrDefault();
if (idsFile is not null)
{
    // For wrk's Lua script: the 50 seeded stories, one id per line.
    await File.WriteAllLinesAsync(idsFile, storyIds.Take(Stories).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}

if (args.Contains("--seed-only"))
{
    return 0;
}

var random = new ThreadLocal<Random>(() => new Random(42));
Console.WriteLine(await LoadRunner.RunAsync("thread read (50 stories, cached)", 32, duration, async (_, _) =>
{
    var i = random.Value!.Next(Stories);
    using var response = await http.GetAsync($"{api}/thread?storyId={storyIds[i]}", HttpCompletionOption.ResponseContentRead);
    return response.IsSuccessStatusCode;
}));

var countsQuery = string.Join('&', Enumerable.Range(0, 10).Select(i => "url=" + Uri.EscapeDataString(StoryUrl(i))));
Console.WriteLine(await LoadRunner.RunAsync("counts (10 URLs)", 32, duration, async (_, _) =>
{
    using var response = await http.GetAsync($"{api}/counts?{countsQuery}");
    return response.IsSuccessStatusCode;
}));

Console.WriteLine(await LoadRunner.RunAsync("posts (steady state)", 16, duration, async (w, n) =>
    await Post(w, storyIds[(int)(n % Stories)], null, $"Steady comment {n} about the harbour street plan.") is not null));

await FirstPages();
return 0;

// The first page of a 20-comment and a 20,000-comment story (run with Threads:CacheEnabled=false to
// measure the database path rather than the cache).
async Task FirstPages()
{
    var bigId = storyIds[Stories];
    var smallId = storyIds[Stories + 1];
    // A freshly started server is cold (JIT tiers): warm both pages up first, so neither pays for it.
    foreach (var id in new[] { smallId, bigId })
    {
        await LoadRunner.RunAsync("warm-up", 8, TimeSpan.FromSeconds(3), async (_, _) =>
        {
            using var response = await http.GetAsync($"{api}/thread?storyId={id}");
            return response.IsSuccessStatusCode;
        });
    }

    foreach (var (name, id) in new[] { ("20", smallId), ("20,000", bigId) })
    {
        Console.WriteLine(await LoadRunner.RunAsync($"first page, {name}-comment story", 8, TimeSpan.FromSeconds(Math.Min(5, seconds)), async (_, _) =>
        {
            using var response = await http.GetAsync($"{api}/thread?storyId={id}");
            return response.IsSuccessStatusCode;
        }));
    }

    Console.WriteLine(await LoadRunner.RunAsync("thread read (50 stories)", 32, duration, async (_, _) =>
    {
        using var response = await http.GetAsync($"{api}/thread?storyId={storyIds[Random.Shared.Next(Stories)]}");
        return response.IsSuccessStatusCode;
    }));
}
