using Parley.Classifier;

namespace Parley.Classifier.Tests;

public class LabelTests
{
    [Fact]
    public void ApiNames_RoundTrip()
    {
        foreach (var label in ToxicityLabels.All)
        {
            Assert.True(ToxicityLabels.TryParse(label.ApiName(), out var parsed));
            Assert.Equal(label, parsed);
        }

        Assert.False(ToxicityLabels.TryParse("SPAM", out _));
    }
}
