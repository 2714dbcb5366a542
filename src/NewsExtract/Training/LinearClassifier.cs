using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace NewsExtract.Training;

/// <summary>One labelled example: a class name and the named features that describe it.</summary>
public sealed record Example(string Label, IReadOnlyList<string> Features);

/// <summary>
/// A maximum-entropy (multinomial logistic regression) classifier over hashed binary features, trained and
/// stored with ML.NET. Every trained component of NewsExtract is one of these: the name tagger, the fact
/// scorer and the export-control relation classifier differ only in their features and classes.
/// </summary>
/// <remarks>Training is deterministic (L-BFGS on one thread, a fixed seed). Prediction reads the trained weights and
/// biases directly: a softmax over bias + weights · features for each class, as ML.NET's maximum-entropy model computes
/// it, without a prediction engine (which is not thread-safe and costs far more than the arithmetic). Pure and
/// thread-safe.</remarks>
public sealed class LinearClassifier
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly float[][] _weights;
    private readonly float[] _biases;

    private LinearClassifier(MLContext ml, ITransformer model, DataViewSchema inputSchema)
    {
        _ml = ml;
        _model = model;
        InputSchema = inputSchema;
        // The class names are the score column's slot names; the output schema says them without a prediction engine,
        // which compiles a row mapper and was the larger part of loading a model.
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        model.GetOutputSchema(inputSchema)["Score"].GetSlotNames(ref names);
        Classes = [.. names.DenseValues().Select(n => n.ToString())];
        // A chain either way: typed as trained, or as ITransformer once loaded from a file.
        var parameters = (model as IEnumerable<ITransformer>)?.LastOrDefault() switch
        {
            MulticlassPredictionTransformer<MaximumEntropyModelParameters> trained => trained.Model,
            _ => throw new InvalidOperationException("not a maximum-entropy classifier"),
        };
        VBuffer<float>[] weights = [];
        parameters.GetWeights(ref weights, out var classes);
        _weights = [.. weights.Take(classes).Select(w => w.DenseValues().ToArray())];
        _biases = [.. parameters.GetBiases()];
    }

    /// <summary>The class names, in the order of <see cref="Predict"/>'s probabilities.</summary>
    public IReadOnlyList<string> Classes { get; }

    private DataViewSchema InputSchema { get; }

    public static LinearClassifier Train(IEnumerable<Example> examples, TrainerSettings settings)
    {
        var ml = new MLContext(settings.Seed);
        // Hashed once: the trainer reads the data once per iteration.
        var rows = examples.Select(e => new Row { Label = e.Label, Features = FeatureHasher.Vector(e.Features) }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            L2Regularization = settings.L2,
            L1Regularization = 0,
            NumberOfThreads = 1,
            MaximumNumberOfIterations = settings.Iterations,
            OptimizationTolerance = settings.Tolerance,
        });
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(trainer);
        return new LinearClassifier(ml, pipeline.Fit(data), data.Schema);
    }

    public static LinearClassifier Load(string path, int seed = 1)
    {
        var ml = new MLContext(seed);
        using var stream = File.OpenRead(path);
        var model = ml.Model.Load(stream, out var schema);
        return new LinearClassifier(ml, model, schema);
    }

    public void Save(Stream stream) => _ml.Model.Save(_model, InputSchema, stream);

    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }

    /// <summary>The probability of each class in <see cref="Classes"/>.</summary>
    public float[] Predict(IEnumerable<string> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var slots = new FeatureSlots();
        foreach (var feature in features)
            slots.Add(feature);
        return Predict(slots);
    }

    /// <summary>As <see cref="Predict(IEnumerable{string})"/>, for features given by their slots.</summary>
    public float[] Predict(FeatureSlots features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var probabilities = new float[_biases.Length];
        Predict(features, probabilities);
        return probabilities;
    }

    /// <summary>As <see cref="Predict(FeatureSlots)"/>, into <paramref name="probabilities"/> (one per class).</summary>
    /// <remarks>Why: the taggers and the fact scorer predict for every candidate, and the vector, its copy of the slots
    /// and the scores were arrays each time. The sum runs over the distinct slots in ascending order with their counts,
    /// as over <see cref="FeatureHasher.VectorOfSlots"/>'s vector (what the model was trained on). Feature names are
    /// hashed to slots and summed here too, so a candidate's names and its slots give the same probabilities.</remarks>
    private void Predict(FeatureSlots features, Span<float> probabilities)
    {
        var count = features.Count;
        var slots = count <= 256 ? stackalloc int[count] : new int[count];
        features.CopyTo(slots);
        slots.Sort();
        for (var c = 0; c < probabilities.Length; c++)
        {
            var weights = _weights[c];
            var sum = 0f;
            for (var i = 0; i < slots.Length;)
            {
                var slot = slots[i];
                var occurrences = 0f;
                for (; i < slots.Length && slots[i] == slot; i++)
                    occurrences++;
                sum += weights[slot] * occurrences;
            }

            probabilities[c] = _biases[c] + sum;
        }

        Softmax(probabilities);
    }

    /// <summary>Scores to probabilities in place, from the largest score so nothing overflows.</summary>
    private static void Softmax(Span<float> scores)
    {
        var max = scores[0];
        foreach (var score in scores)
        {
            max = Math.Max(max, score);
        }

        var total = 0.0;
        foreach (var score in scores)
        {
            total += Math.Exp(score - max);
        }

        var log = max + (float)Math.Log(total);
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = (float)Math.Exp(scores[c] - log);
        }
    }

    /// <summary>The probability of one class, 0 when the model never saw it.</summary>
    public float Probability(IEnumerable<string> features, string label)
    {
        var index = IndexOf(label);
        return index < 0 ? 0 : Predict(features)[index];
    }

    /// <summary>As <see cref="Probability(IEnumerable{string}, string)"/>, for features given by their slots.</summary>
    public float Probability(FeatureSlots features, string label)
    {
        ArgumentNullException.ThrowIfNull(features);
        var index = IndexOf(label);
        if (index < 0)
            return 0;
        Span<float> probabilities = stackalloc float[_biases.Length];
        Predict(features, probabilities);
        return probabilities[index];
    }

    /// <summary>The probability of one class in <paramref name="scores"/> (as <see cref="Predict(IEnumerable{string})"/>
    /// gives them), 0 when the model never saw it.</summary>
    public float Probability(float[] scores, string label)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var index = IndexOf(label);
        return index < 0 ? 0 : scores[index];
    }

    /// <summary>The most probable class and its probability.</summary>
    public (string Label, float Probability) Best(IEnumerable<string> features) => Best(Predict(features));

    /// <summary>As <see cref="Best(IEnumerable{string})"/>, for features given by their slots.</summary>
    public (string Label, float Probability) Best(FeatureSlots features)
    {
        ArgumentNullException.ThrowIfNull(features);
        Span<float> probabilities = stackalloc float[_biases.Length];
        Predict(features, probabilities);
        return Best(probabilities);
    }

    /// <summary>The most probable class in <paramref name="scores"/> (as <see cref="Predict(IEnumerable{string})"/> gives
    /// them) and its probability.</summary>
    public (string Label, float Probability) Best(float[] scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return Best(scores.AsSpan());
    }

    private (string Label, float Probability) Best(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return (Classes[best], scores[best]);
    }

    public int IndexOf(string label)
    {
        for (var i = 0; i < Classes.Count; i++)
        {
            if (Classes[i] == label)
            {
                return i;
            }
        }

        return -1;
    }

    private sealed class Row
    {
        public string Label { get; set; } = "";

        [VectorType(FeatureHasher.Dimension)]
        public VBuffer<float> Features { get; set; }
    }
}

/// <summary>How a classifier is trained; the same settings give the same model.</summary>
public sealed record TrainerSettings(int Seed = 20261129, float L2 = 3f, int Iterations = 100, float Tolerance = 1e-4f);
