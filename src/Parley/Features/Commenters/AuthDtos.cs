using System.Text.Json.Serialization;

namespace Parley.Features.Commenters;

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RegisterRequest(string UserName, string Password, string? DisplayName = null, string? Email = null);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SignInRequest(string UserName, string Password);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record GuestRequest(string DisplayName, string? Email = null);

public sealed record CommenterDto(long Id, string DisplayName, string Kind, string Role, string? UserName);

public sealed record SessionResponse(string Token, CommenterDto Commenter);
