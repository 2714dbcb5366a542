using NewsExtract.Output;

namespace NewsExtract.Tests.Output;

public sealed class ShardTests
{
    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("1/3", 1, 3)]
    [InlineData("3/3", 3, 3)]
    [InlineData(" 2/8 ", 2, 8)]
    public void Parse_reads_K_of_N(string text, int number, int count)
    {
        var (shard, error) = Shard.Parse(text);

        Assert.Null(error);
        Assert.Equal((number, count), (shard!.Number, shard.Count));
        Assert.Equal($"{number}/{count}", shard.ToString());
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("1/0")]
    [InlineData("-1/3")]
    [InlineData("+1/3")]
    [InlineData("1/3/3")]
    [InlineData("1")]
    [InlineData("a/b")]
    [InlineData("")]
    [InlineData("1 / 3")]
    public void Parse_refuses_anything_but_1_to_N_of_N(string text)
    {
        var (shard, error) = Shard.Parse(text);

        Assert.Null(shard);
        Assert.Contains($"'{text}'", error);
    }

    /// <summary>Pinned values: a change of hash would send documents to other shards than a run already under way.</summary>
    [Theory]
    [InlineData("000_ed31919c3c38a8d3", 2, 2)]
    [InlineData("000_ed31919c3c38a8d3", 3, 1)]
    [InlineData("000_ed31919c3c38a8d3", 8, 4)]
    [InlineData("d3_01_asian-lng-cold-snap-prices", 3, 2)]
    [InlineData("Alpha", 8, 7)]
    [InlineData("alpha", 8, 7)]
    [InlineData("x", 8, 5)]
    public void A_doc_id_goes_to_the_same_shard_on_every_machine(string docId, int count, int expected) =>
        Assert.Equal(expected, Shard.Of(docId, count));

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public void Every_doc_id_belongs_to_exactly_one_shard_and_the_shards_share_the_work(int count)
    {
        var docIds = Enumerable.Range(0, 2000).Select(i => $"doc_{i:x5}").ToList();

        var owners = docIds.Select(d => Enumerable.Range(1, count).Where(k => new Shard(k, count).Owns(d)).ToList()).ToList();

        Assert.All(owners, o => Assert.Single(o));
        var sizes = owners.CountBy(o => o[0]).Select(g => g.Value).ToList();
        Assert.Equal(count, sizes.Count);
        Assert.All(sizes, size => Assert.InRange(size, 2000 / count * 0.85, 2000 / count * 1.15));
    }

    [Fact]
    public void Companions_and_case_variants_go_with_their_article()
    {
        var docId = Enumerable.Range(0, 100).Select(i => $"Story{i}").First(d => Shard.Of(d, 4) == 2);
        var shard = new Shard(2, 4);
        var other = new Shard(3, 4);

        foreach (var name in new[] { $"{docId}.txt", $"{docId}.gold.json", $"{docId}.meta.json", $"sub/{docId.ToLowerInvariant()}.HTML" })
        {
            Assert.Null(shard.SkipReason(Path.Combine("/in", name)));
            Assert.Equal(Shard.OtherShardReason, other.SkipReason(Path.Combine("/in", name)));
        }
    }
}
