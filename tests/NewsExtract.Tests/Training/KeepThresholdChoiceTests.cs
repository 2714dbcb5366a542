using NewsExtract.Training;

namespace NewsExtract.Tests.Training;

/// <summary>How cross-validation picks a fact type's keep threshold: the rule's decision holds unless a threshold is
/// clearly better, so near-ties do not flip the choice from one retraining to the next.</summary>
public sealed class KeepThresholdChoiceTests
{
    [Fact]
    public void A_threshold_within_the_margin_of_the_rule_keeps_the_rule() =>
        Assert.Null(CrossValidation.Choose(0.596, [(0.3, 0.590), (0.4, 0.598), (0.5, 0.594)]));

    [Fact]
    public void A_threshold_clearly_better_than_the_rule_replaces_it() =>
        Assert.Equal(0.4, CrossValidation.Choose(0.596, [(0.3, 0.590), (0.4, 0.612), (0.5, 0.594)]));

    [Fact]
    public void Thresholds_within_the_margin_of_the_best_go_to_the_lowest() =>
        Assert.Equal(0.4, CrossValidation.Choose(0.5, [(0.3, 0.60), (0.4, 0.618), (0.5, 0.620), (0.6, 0.61)]));

    [Fact]
    public void A_clearly_best_threshold_wins_over_lower_ones() =>
        Assert.Equal(0.5, CrossValidation.Choose(0.5, [(0.3, 0.60), (0.4, 0.61), (0.5, 0.620)]));
}
