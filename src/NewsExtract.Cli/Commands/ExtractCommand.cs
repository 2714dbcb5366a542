using System.CommandLine;
using System.Globalization;
using System.Reflection;
using NewsExtract.Output;
using NewsExtract.Pipeline;
using NewsExtract.Review;
using NewsExtract.Training;

namespace NewsExtract.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create(CliEnvironment env)
    {
        var noMl = new Option<bool>("--no-ml")
        {
            Description = "Rules only: no trained name tagger, fact scorer or relation classifier.",
        };
        var models = new Option<string?>("--models")
        {
            Description = "Folder of trained models (manifest.json and the .zip files written by `newsextract train`). Default: the models the tool was built with (the repository's models/).",
            HelpName = "DIR",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Run even though OUT_DIR holds a reviewed facts.xlsx or facts.csv (verdicts or notes): each is first kept beside the outputs as facts.reviewed-<UTC time>.xlsx/.csv.",
        };
        var keepReview = new Option<string?>("--keep-review")
        {
            Description = "A reviewed facts.xlsx or facts.csv of an earlier run over the same articles: its verdicts and notes are carried to the new facts with the same fact_id, "
                + "a fix row's corrected cells too, and add rows are appended to their documents. Stderr says how many were carried and how many reviewed rows found no fact any more.",
            HelpName = "FILE",
        };
        var shard = ShardOption();
        var threads = NumberOption.WithDefault("--threads", "Documents processed at once, one per thread; the outputs are the same for any number. Default: the number of cores.",
            Environment.ProcessorCount, n => n is >= 1 and <= 256, "between 1 and 256");
        threads.HelpName = "N";
        var cache = new Option<string?>("--cache")
        {
            Description = "Folder of earlier results, re-used for every article whose bytes, sidecar, doc_id, tool build and models are unchanged (a changed file or a retrained model is processed again); "
                + "entries this run did not use are deleted once the outputs are written. Default: OUT_DIR/" + CacheFolder + ".",
            HelpName = "DIR",
        };
        var noCache = new Option<bool>("--no-cache") { Description = "Process every article again, and keep no results for the next run." };
        return BatchCommand.Create(
            env,
            "extract",
            "Run the pipeline over every file in INPUT (a folder, or one article file) and write the fact table and entities to OUT_DIR: "
                + "facts.csv (UTF-8 with BOM, for spreadsheets), facts.xlsx (the review workbook: Facts with a verdict dropdown, Entities, Summary), "
                + "facts.json, entities.csv, entities.json, summary.json, summary.txt. "
                + "Rules propose facts and the trained models decide (see --no-ml, --models). "
                + "Outputs are written whole or not at all; one broken file never stops the batch. "
                + "A facts.xlsx or facts.csv in OUT_DIR with any verdict or note is never overwritten: extract refuses (exit 6) unless --force or --keep-review, which first keep it as a timestamped backup. "
                + "--shard K/N reads only the files whose doc_id hashes to shard K of N and lists the rest as skipped; `newsextract merge` joins the shards' outputs. "
                + "Exit 0 all files processed or skipped, 1 some files failed, 3 INPUT or the models missing or unusable, 5 outputs not written, "
                + "6 OUT_DIR holds review work (nothing written).",
            "Output folder; created if missing. Existing files of the same names are replaced only when every output is complete.",
            [noMl, models, force, keepReview, shard, threads, cache, noCache],
            (parse, outputDirectory) =>
            {
                var kept = KeptReview.Load(env, parse.GetValue(keepReview));
                if (kept.Error is not null)
                    return kept.Error;

                // --keep-review carries the verdicts forward, and the reviewed files in OUT_DIR are still kept as backups.
                var review = new ReviewGuard(outputDirectory, env.Clock, backUpReviewed: parse.GetValue(force) || kept.CarryOver is not null);
                // Only the manifest and the files' fingerprint here: the models are loaded once the outputs are found out
                // of date (an up-to-date run needs only the fingerprint); a file that will not load still stops the run
                // before any article is read.
                ModelFolder? folder = null;
                if (!parse.GetValue(noMl))
                {
                    var directory = parse.GetValue(models);
                    (folder, var problem) = ModelFolder.Open(directory ?? CliEnvironment.DefaultModelDirectory);
                    if (folder is null)
                        return new PreparedBatch(null, $"{problem}; {RulesAlone}", ExitCode.InputMissing);
                }

                // The runner refuses an OUT_DIR holding review work before the batch (unless the outputs are up to date,
                // which a reviewed sheet never is) and looks again before it replaces anything.
                var results = parse.GetValue(noCache) ? null
                    : new ResultCache(parse.GetValue(cache) ?? Path.Combine(outputDirectory, CacheFolder), ResultCache.VersionOf(folder?.Fingerprint));
                return Prepared(env, folder, review, kept.CarryOver, parse.GetValue(shard), parse.GetValue(threads), results);
            });
    }

    /// <summary>What <c>--version</c> prints.</summary>
    private static string ToolVersion =>
        typeof(NewsExtractApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>--shard K/N, parsed where the command line is, so a bad value is a usage error (exit 2) before any work.</summary>
    private static Option<Shard?> ShardOption() => new("--shard")
    {
        Description = "Process only shard K of N (1 <= K <= N): the files whose doc_id hashes to it (SHA-256, the same on every machine). "
            + "The other files are listed in the summary as skipped (\"" + Shard.OtherShardReason + "\"). Run every K over the same INPUT, then `newsextract merge`.",
        HelpName = "K/N",
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            var (parsed, error) = Shard.Parse(token);
            if (error is not null)
            {
                result.AddError($"--shard: {error}");
            }

            return parsed;
        },
    };

    /// <summary>The cache's folder inside OUT_DIR: a dot folder, which the outputs' staging leaves alone.</summary>
    private const string CacheFolder = ".cache";

    private const string RulesAlone = "use --no-ml to run the rules alone";

    private static PreparedBatch Prepared(CliEnvironment env, ModelFolder? folder, ReviewGuard review, ReviewCarryOver? carryOver, Shard? shard, int threads, ResultCache? cache)
    {
        var stages = new StageTimer(env.Clock);
        (DocumentProcessor? Processor, string? Problem) Processor()
        {
            ModelSet? models = null;
            if (folder is not null)
            {
                (models, var problem) = folder.Load();
                if (models is null)
                    return (null, $"{problem}; {RulesAlone}");
            }

            var processor = env.CreateTimedProcessor is { } timed ? timed(models, stages) : env.CreateProcessor(models);
            return (cache is null ? processor : cache.Wrap(processor), null);
        }

        return new(
            (observer, options, ct) =>
            {
                var run = new RunInfo(env.Clock.GetUtcNow(), ToolVersion, folder?.Manifest.Description ?? RunInfo.RulesOnly);
                var runner = new ExtractRunner(Processor, run, observer, review)
                {
                    ReviseFacts = carryOver is null ? null : carryOver.Apply,
                    Shard = shard,
                    Threads = threads,
                    Stages = stages,
                    UpToDate = cache is null ? null : new UpToDateCheck(cache.KeyOf, Settings(cache, shard)),
                    // Only with a second core to do it on: on one core the warm-up compiles every generated regex, the
                    // ones the batch never reaches too, on the core the batch needs (1,000 bench articles: 12.5-12.9 s
                    // without it against 14.3-14.7 s with it; one article 4.6-4.9 s against 5.9-6.5 s).
                    WarmUp = Environment.ProcessorCount > 1,
                };
                return runner.Run(options, ct);
            },
            Finished: result =>
            {
                if (carryOver is not null)
                    KeptReview.Report(env, carryOver.Counts);
                if (!result.UpToDate)
                    Report(env, stages.Take(), threads, cache);
            });
    }

    /// <summary>What else decides the outputs, beside the articles: the pipeline and models (the cache's version), the
    /// shard, the tool's version (written in the workbook and summary).</summary>
    private static string Settings(ResultCache cache, Shard? shard) =>
        $"{cache.Version}|{shard?.ToString() ?? "all"}|{ToolVersion}";

    /// <summary>Where the time went, and what the cache saved; the outputs are written, so the cache drops what this run did not use.</summary>
    private static void Report(CliEnvironment env, StageTimes stages, int threads, ResultCache? cache)
    {
        env.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"newsextract extract: stages, s summed over {threads} thread{(threads == 1 ? "" : "s")}: read + clean {stages.ReadClean.TotalSeconds:0.00}, annotate {stages.Annotate.TotalSeconds:0.00}, "
            + $"extract + decide {stages.ExtractDecide.TotalSeconds:0.00}, write {stages.Write.TotalSeconds:0.00}"));
        if (cache is null)
            return;
        var pruned = cache.Prune();
        env.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"newsextract extract: cache {cache.Directory}: {cache.Hits} documents re-used, {cache.Misses} processed and kept{(pruned > 0 ? $", {pruned} stale entries removed" : "")}"));
    }
}
