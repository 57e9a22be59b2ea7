using Parley.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Parley.BrowserTests;

public sealed class PostingTests(BrowserSuite suite)
{
    [Fact(Timeout = 60_000)]
    public async Task Guest_PostsCommentAndReply_AndSeesBothAfterReload()
    {
        await using var context = await suite.NewContextAsync();
        var url = suite.HostPage("guest-post");
        var widget = await WidgetPage.OpenAsync(context, url);
        await Expect(widget.Page.Locator("#parley .empty")).ToHaveTextAsync("No comments yet. Start the discussion!");

        var comment = await widget.PostAsync("First! The mediators deserve credit.", name: "Alice");
        await Expect(widget.Page.Locator("#parley .hd")).ToHaveTextAsync("1 comment");
        await Expect(comment.Locator(".au")).ToHaveTextAsync("Alice");
        await Expect(widget.Page.Locator("#parley .bar")).ToContainTextAsync("Commenting as Alice");

        await comment.GetByRole(AriaRole.Button, new() { Name = "Reply" }).ClickAsync();
        var replyForm = comment.Locator(".slot form.compose");
        await Expect(replyForm.Locator("textarea")).ToBeFocusedAsync();
        await replyForm.Locator("textarea").FillAsync("Replying to myself with a *second* thought.");
        await replyForm.GetByRole(AriaRole.Button, new() { Name = "Post reply" }).ClickAsync();
        var nestedReply = widget.Page.Locator("#parley ol.list > li > ol.kids article.c");
        await Expect(nestedReply).ToHaveCountAsync(1);
        await Expect(nestedReply.Locator(".body em")).ToHaveTextAsync("second");
        await widget.ScreenshotAsync("thread-guest");

        await widget.Page.ReloadAsync();
        await widget.WaitLoadedAsync();
        await Expect(widget.Comments).ToHaveCountAsync(2);
        await Expect(widget.Page.Locator("#parley ol.list > li > ol.kids article.c .body")).ToContainTextAsync("second thought");
        await Expect(widget.Page.Locator("#parley .bar")).ToContainTextAsync("Commenting as Alice");
    }

    [Fact(Timeout = 60_000)]
    public async Task Author_EditsWithinWindow_AndDeletingAParentLeavesATombstone()
    {
        await using var context = await suite.NewContextAsync();
        var url = suite.HostPage("edit-delete");
        var widget = await WidgetPage.OpenAsync(context, url);
        var posted = await widget.PostAsync("Bike lanes are a grate idea.", name: "Bea");
        var comment = widget.Page.Locator("#parley #" + await posted.GetAttributeAsync("id"));

        await comment.GetByRole(AriaRole.Button, new() { Name = "Edit" }).ClickAsync();
        var editor = comment.Locator(".slot textarea");
        await Expect(editor).ToHaveValueAsync("Bike lanes are a grate idea.");
        await editor.FillAsync("Bike lanes are a great idea.");
        await comment.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(comment.Locator(".body")).ToHaveTextAsync("Bike lanes are a great idea.");
        await Expect(comment.Locator(".ed")).ToHaveTextAsync("(edited)");

        await comment.GetByRole(AriaRole.Button, new() { Name = "Reply" }).ClickAsync();
        await comment.Locator(".slot textarea").FillAsync("A reply that keeps the thread alive.");
        await comment.GetByRole(AriaRole.Button, new() { Name = "Post reply" }).ClickAsync();
        await Expect(widget.CommentWithText("keeps the thread alive")).ToBeVisibleAsync();

        await comment.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await comment.GetByRole(AriaRole.Button, new() { Name = "Yes, delete" }).ClickAsync();
        await Expect(comment).ToContainTextAsync("This comment was deleted.");
        await Expect(comment.Locator(".body")).ToHaveCountAsync(0);

        await widget.Page.ReloadAsync();
        await widget.WaitLoadedAsync();
        await Expect(widget.Page.Locator("#parley article.c.dead")).ToContainTextAsync("This comment was deleted.");
        await Expect(widget.CommentWithText("keeps the thread alive")).ToBeVisibleAsync();
    }

    [Fact(Timeout = 60_000)]
    public async Task Reader_VotesAndFlags_AndErrorsAreShownInWords()
    {
        await using var authorContext = await suite.NewContextAsync();
        await using var readerContext = await suite.NewContextAsync();
        var url = suite.HostPage("vote-flag");
        var author = await WidgetPage.OpenAsync(authorContext, url);
        var own = await author.PostAsync("Harbour Street needs the cycle track.", name: "Carl");

        // Voting on one's own comment: the API's `own_comment` code becomes a sentence, never JSON.
        await own.GetByRole(AriaRole.Button, new() { Name = "Upvote" }).ClickAsync();
        await Expect(own.Locator(".err")).ToHaveTextAsync("You cannot vote on your own comment.");
        await Expect(own).Not.ToContainTextAsync("{");

        var reader = await WidgetPage.OpenAsync(readerContext, url);
        await reader.Composer.GetByLabel("Your name").FillAsync("Dora");
        var comment = reader.CommentWithText("cycle track");
        var up = comment.GetByRole(AriaRole.Button, new() { Name = "Upvote" });
        await up.ClickAsync();
        await Expect(up).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(comment.Locator(".score")).ToHaveTextAsync("1");
        await comment.GetByRole(AriaRole.Button, new() { Name = "Downvote" }).ClickAsync();
        await Expect(comment.Locator(".score")).ToHaveTextAsync("-1");
        await Expect(up).ToHaveAttributeAsync("aria-pressed", "false");

        await comment.GetByRole(AriaRole.Button, new() { Name = "Report" }).ClickAsync();
        await comment.GetByLabel("Spam").CheckAsync();
        await comment.GetByLabel("Details (optional)").FillAsync("Advertises a bike shop.");
        await reader.ScreenshotAsync("flag-form");
        await comment.GetByRole(AriaRole.Button, new() { Name = "Send report" }).ClickAsync();
        await Expect(comment.Locator(".ok")).ToHaveTextAsync("Thank you. A moderator will review this comment.");
        await Expect(comment.GetByRole(AriaRole.Button, new() { Name = "Report" })).ToBeDisabledAsync();

        await reader.Page.ReloadAsync();
        await reader.WaitLoadedAsync();
        await Expect(reader.CommentWithText("cycle track").Locator(".score")).ToHaveTextAsync("-1");
        await Expect(reader.CommentWithText("cycle track").GetByRole(AriaRole.Button, new() { Name = "Downvote" })).ToHaveAttributeAsync("aria-pressed", "true");
    }

    [Fact(Timeout = 60_000)]
    public async Task HeldComment_ShowsAwaitingModerationToItsAuthorOnly()
    {
        var url = suite.HostPage("held");
        using var api = new ApiClient(suite.ApiOrigin);
        await api.PostAsync(url, "Published before the story was pre-moderated.");
        Assert.Equal(1, await suite.ExecuteSqlAsync("UPDATE Stories SET PreModeration = 'all' WHERE Url = $value", url));

        await using var authorContext = await suite.NewContextAsync();
        var author = await WidgetPage.OpenAsync(authorContext, url);
        var held = await author.PostAsync("Held for a moderator, please.", name: "Kim");
        await Expect(held.Locator(".note")).ToHaveTextAsync("Awaiting moderation. Only you can see this comment.");
        await Expect(author.Page.Locator("#parley [role=status]")).ToHaveTextAsync("Your comment was sent to the moderators.");
        await Expect(author.Page.Locator("#parley .hd")).ToHaveTextAsync("1 comment");
        await author.ScreenshotAsync("held");

        await author.Page.ReloadAsync();
        await author.WaitLoadedAsync();
        await Expect(author.CommentWithText("Held for a moderator, please.").Locator(".note")).ToHaveTextAsync("Awaiting moderation. Only you can see this comment.");

        await using var readerContext = await suite.NewContextAsync();
        var reader = await WidgetPage.OpenAsync(readerContext, url);
        await Expect(reader.CommentWithText("Published before the story was pre-moderated.")).ToBeVisibleAsync();
        await Expect(reader.CommentWithText("Held for a moderator, please.")).ToHaveCountAsync(0);
    }

    [Fact(Timeout = 60_000)]
    public async Task ClosedStory_ShowsCommentsButNoWaysToWrite()
    {
        var url = suite.HostPage("closed");
        using var api = new ApiClient(suite.ApiOrigin);
        await api.PostAsync(url, "Said before the story closed.");
        Assert.Equal(1, await suite.ExecuteSqlAsync("UPDATE Stories SET IsOpen = 0 WHERE Url = $value", url));

        await using var context = await suite.NewContextAsync();
        var widget = await WidgetPage.OpenAsync(context, url);
        await Expect(widget.CommentWithText("Said before the story closed.")).ToBeVisibleAsync();
        await Expect(widget.Page.Locator("#parley .p > div > .note")).ToHaveTextAsync("Comments are closed for this story.");
        await Expect(widget.Composer).ToHaveCountAsync(0);
        await Expect(widget.Page.Locator("#parley").GetByRole(AriaRole.Button, new() { Name = "Reply" })).ToHaveCountAsync(0);
        await Expect(widget.Page.Locator("#parley").GetByRole(AriaRole.Button, new() { Name = "Upvote" })).ToBeVisibleAsync();
    }

    [Fact(Timeout = 60_000)]
    public async Task Commenter_RegistersSignsOutAndSignsIn()
    {
        await using var context = await suite.NewContextAsync();
        var url = suite.HostPage("accounts");
        var widget = await WidgetPage.OpenAsync(context, url);
        var bar = widget.Page.Locator("#parley .bar");
        var user = "erin" + Guid.NewGuid().ToString("N")[..8];

        await bar.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        var form = widget.Page.Locator("#parley form.box");
        await form.GetByLabel("User name").FillAsync(user);
        await form.GetByLabel("Password (at least 10 characters)").FillAsync("short");
        await form.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(form.Locator(".err")).ToHaveTextAsync("Please choose a password of at least 10 characters.");

        await form.GetByLabel("Password (at least 10 characters)").FillAsync("correct horse battery");
        await form.GetByLabel("Display name (optional)").FillAsync("Erin E.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(bar).ToContainTextAsync("Signed in as Erin E.");
        var comment = await widget.PostAsync("Posting with an account.");
        await Expect(comment.Locator(".au")).ToHaveTextAsync("Erin E.");

        await bar.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(bar.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(comment.GetByRole(AriaRole.Button, new() { Name = "Edit" })).ToHaveCountAsync(0);

        await bar.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await form.GetByLabel("User name").FillAsync(user);
        await form.GetByLabel("Password (at least 10 characters)").FillAsync("wrong password!");
        await form.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(form.Locator(".err")).ToHaveTextAsync("User name or password is wrong.");
        await form.GetByLabel("Password (at least 10 characters)").FillAsync("correct horse battery");
        await form.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(bar).ToContainTextAsync("Signed in as Erin E.");
        await Expect(widget.CommentWithText("Posting with an account.").GetByRole(AriaRole.Button, new() { Name = "Edit" })).ToBeVisibleAsync();
    }
}
