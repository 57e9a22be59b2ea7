namespace Parley.Features.Demo;

internal sealed record DemoArticle(string Slug, string Title, string Standfirst, string[] Paragraphs);

/// <summary>Three short articles of our own for the demo news site a first run serves at <c>/</c>.</summary>
internal static class DemoArticles
{
    public static readonly DemoArticle[] All =
    [
        new(
            "ceasefire-talks-stall",
            "Ceasefire talks stall as both sides dig in along the river front",
            "Negotiators left the capital without an agreement after a third week of talks.",
            [
                "Delegations from both governments ended a third week of talks on Friday without agreeing on a ceasefire line, mediators said.",
                "Military officials on each side accused the other of shelling villages near the river crossing, and aid groups warned that roads to the region remain cut.",
                "The mediators said talks would resume next month. Readers are invited to discuss the negotiations below; please keep it civil.",
            ]),
        new(
            "city-council-bike-lanes",
            "City council approves protected bike lanes on Harbour Street",
            "The plan removes 140 parking spaces and adds a two-way cycle track by next summer.",
            [
                "After a four-hour session the council voted 7–4 to build a protected cycle track along Harbour Street.",
                "Shop owners fear the loss of parking; cycling groups say the street saw 31 crashes involving riders last year.",
                "Construction starts in March. The council will publish traffic counts before and after.",
            ]),
        new(
            "heatwave-hospitals",
            "Hospitals prepare for a late-season heatwave",
            "Emergency departments add staff as temperatures are forecast to pass 38 °C.",
            [
                "Health officials asked residents to check on elderly neighbours as a late heatwave is expected to peak on Wednesday.",
                "Three hospitals said they would open extra cooling rooms and move non-urgent surgery.",
                "Forecasters expect cooler air to arrive by the weekend.",
            ]),
    ];

    public static string UrlOf(string publicUrl, DemoArticle article) => $"{publicUrl.TrimEnd('/')}/articles/{article.Slug}";
}
