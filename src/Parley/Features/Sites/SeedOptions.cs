using System.ComponentModel.DataAnnotations;

namespace Parley.Features.Sites;

/// <summary>Section <c>Seed</c>: what a first run creates so a new user sees Parley working.</summary>
internal sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Create the <c>demo</c> site, its articles and an admin account when the database is empty.</summary>
    public bool Demo { get; set; } = true;

    /// <summary>Password of the seeded <c>admin</c> account; empty: a random one is printed once.</summary>
    public string AdminPassword { get; set; } = "";

    /// <summary>Where this instance is reachable; the demo site allows this origin.</summary>
    [Required]
    [Url]
    public string PublicUrl { get; set; } = "http://localhost:5080";
}
