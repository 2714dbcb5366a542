using NewsExtract.Annotation;
using NewsExtract.Extraction.Rules;

namespace NewsExtract.Tests.Extraction;

public sealed class EntityIndexTests
{
    private static Entity E(int start, int end, EntityLabel label = EntityLabel.ORG) => new(label, "x", start, end, "x", "test");

    // Sorted by start (as AnnotatedDocument keeps them), with a long span and an empty one among short ones.
    private static readonly Entity[] Sorted = [E(0, 4), E(2, 30), E(5, 9), E(10, 10), E(12, 15), E(15, 20), E(31, 33)];

    public static TheoryData<int, int> Spans() => new() { { 0, 40 }, { 5, 15 }, { 10, 11 }, { 14, 16 }, { 20, 31 }, { 3, 3 }, { 33, 50 } };

    [Theory]
    [MemberData(nameof(Spans))]
    public void Answers_as_a_scan_of_every_entity_would(int from, int to)
    {
        foreach (var entities in new[] { Sorted, [.. Sorted.Reverse()] })
        {
            var index = new EntityIndex(entities);
            Assert.Equal(entities.Where(e => e.Start >= from && e.End <= to), index.Within(from, to));
            Assert.Equal(entities.Where(e => e.Start < to && from < e.End), index.Overlapping(from, to));
        }
    }

    [Fact]
    public void Finds_a_long_entity_that_starts_well_before_the_span()
    {
        var overlapping = new EntityIndex(Sorted).Overlapping(25, 27);
        Assert.Equal([E(2, 30)], overlapping);
    }
}
