using System.IO.Compression;
using System.Text;

namespace Extractor.Core.Events.Learning;

/// <summary>
/// The trained event components: trigger type (16 PLOVER types + NONE per token), mode, status and
/// argument role classifiers, the modes each type was seen with, and the Platt scaling that turns the
/// trigger classifier's probability into a calibrated confidence, and the thresholds of the role decision. Immutable; one instance serves all threads.
/// </summary>
public sealed class EventModel(
    LinearClassifier triggers,
    LinearClassifier modes,
    LinearClassifier statuses,
    LinearClassifier roles,
    IReadOnlyDictionary<PloverType, IReadOnlySet<string>> modesByType,
    PlattScaling calibration,
    double noneThreshold,
    double lexiconFloor,
    RoleThresholds roleThresholds)
{
    public const string FileName = "event-model.bin.gz";

    private const string Magic = "extractor-events";
    private const int FormatVersion = 3;

    public LinearClassifier Triggers { get; } = triggers;

    public LinearClassifier Modes { get; } = modes;

    public LinearClassifier Statuses { get; } = statuses;

    public LinearClassifier Roles { get; } = roles;

    public IReadOnlyDictionary<PloverType, IReadOnlySet<string>> ModesByType { get; } = modesByType;

    public PlattScaling Calibration { get; } = calibration;

    /// <summary>A word starts a trigger when the trigger classifier's NONE probability is below this (chosen by cross-validation).</summary>
    public double NoneThreshold { get; } = noneThreshold;

    /// <summary>A lexicon word the classifier does not pick is kept when the classifier still gives NONE at most 1 minus this (chosen by cross-validation).</summary>
    public double LexiconFloor { get; } = lexiconFloor;

    /// <summary>How sure the role classifier must be to overrule or add to the argument finder (chosen by cross-validation).</summary>
    public RoleThresholds RoleThresholds { get; } = roleThresholds;

    /// <summary>The same classifiers with other decision thresholds (cross-validation tries several).</summary>
    public EventModel WithThresholds(double lexiconFloor, RoleThresholds roleThresholds) =>
        new(Triggers, Modes, Statuses, Roles, ModesByType, Calibration, NoneThreshold, lexiconFloor, roleThresholds);

    /// <summary>Loads a model file, or <see cref="FileName"/> inside a folder.</summary>
    public static EventModel Load(string path)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, FileName) : path;
        using var stream = File.OpenRead(file);
        return Read(stream);
    }

    public void Save(string path)
    {
        using var stream = File.Create(path);
        Write(stream);
    }

    public void Write(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        foreach (var classifier in new[] { Triggers, Modes, Statuses, Roles }) classifier.Write(writer);
        writer.Write(ModesByType.Count);
        foreach (var (type, modes) in ModesByType.OrderBy(pair => pair.Key))
        {
            writer.Write(type.ToString());
            writer.Write(string.Join(',', modes.Order(StringComparer.Ordinal)));
        }

        writer.Write(Calibration.A);
        writer.Write(Calibration.B);
        writer.Write(NoneThreshold);
        writer.Write(LexiconFloor);
        writer.Write(RoleThresholds.Overrule);
        writer.Write(RoleThresholds.Add);
    }

    public static EventModel Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip, Encoding.UTF8);
        if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion) throw new InvalidDataException("Not an Extractor event model.");
        var triggers = LinearClassifier.Read(reader);
        var modes = LinearClassifier.Read(reader);
        var statuses = LinearClassifier.Read(reader);
        var roles = LinearClassifier.Read(reader);
        var count = reader.ReadInt32();
        var modesByType = new Dictionary<PloverType, IReadOnlySet<string>>();
        for (var i = 0; i < count; i++)
        {
            var type = Enum.Parse<PloverType>(reader.ReadString());
            modesByType[type] = reader.ReadString().Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        }

        var calibration = new PlattScaling(reader.ReadDouble(), reader.ReadDouble());
        var noneThreshold = reader.ReadDouble();
        var lexiconFloor = reader.ReadDouble();
        return new EventModel(triggers, modes, statuses, roles, modesByType, calibration, noneThreshold, lexiconFloor, new RoleThresholds(reader.ReadDouble(), reader.ReadDouble()));
    }
}
