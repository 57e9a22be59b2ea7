using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Parley.Data;

/// <summary>Stores DateTimes as given (always UTC in Parley) and marks them UTC when read back.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.ToUniversalTime(), DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
