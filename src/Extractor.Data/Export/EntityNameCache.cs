using Extractor.Data.Registry;

namespace Extractor.Data.Export;

/// <summary>
/// Entity names for the PLOVER and ACLED writers, fetched from the store on first use. Bounded: it starts
/// over when it holds <see cref="Capacity"/> entities, so a long export does not grow memory.
/// </summary>
public sealed class EntityNameCache
{
    public const int Capacity = 50_000;
    private readonly IExtractorStore store;
    private readonly Dictionary<string, EntityRecord?> known = new(StringComparer.Ordinal);

    public EntityNameCache(IExtractorStore store)
    {
        this.store = store;
    }

    /// <summary>Makes sure every id is cached (null for ids the store does not know) with at most one store call.</summary>
    public async ValueTask LoadAsync(IEnumerable<string> entityIds, CancellationToken cancellationToken)
    {
        var missing = entityIds.Where(id => !known.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0) return;
        if (known.Count + missing.Count > Capacity) known.Clear();
        foreach (var id in missing) known[id] = null;
        foreach (var entity in await store.GetExportEntitiesAsync(missing, cancellationToken).ConfigureAwait(false))
        {
            known[entity.Id] = entity;
        }
    }

    /// <summary>The entity, once <see cref="LoadAsync"/> has been called for its id; null when unknown.</summary>
    public EntityRecord? Get(string? entityId) => entityId is not null && known.TryGetValue(entityId, out var entity) ? entity : null;
}
