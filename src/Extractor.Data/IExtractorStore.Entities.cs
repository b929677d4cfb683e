using Extractor.Data.Registry;

namespace Extractor.Data;

/// <summary>The cross-article entity registry: search, create, rename, merge, split and undo, each recorded in <c>entity_history</c>.</summary>
public partial interface IExtractorStore
{
    /// <summary>Live (not merged) entities with a name or alias starting with <paramref name="prefix"/> (folded, see <see cref="AliasKey"/>), by name.</summary>
    Task<IReadOnlyList<EntityRecord>> SearchEntitiesAsync(string prefix, int limit, CancellationToken cancellationToken = default);

    /// <summary>The entity with its aliases, articles, latest mentions and history; null when unknown.</summary>
    Task<EntityDetail?> GetEntityAsync(string entityId, CancellationToken cancellationToken = default);

    /// <summary>Creates an entity with an id derived from type and name (numbered when taken).</summary>
    Task<EntityRecord> CreateEntityAsync(string name, string type, string? country, string user, CancellationToken cancellationToken = default);

    /// <summary>Gives the entity a new canonical name; the old one stays as an alias.</summary>
    Task RenameEntityAsync(string entityId, string newName, string user, CancellationToken cancellationToken = default);

    /// <summary>
    /// Merges <paramref name="fromId"/> into <paramref name="intoId"/>: aliases, mentions, event arguments and
    /// places, and facts move over, and the merged entity redirects later extractions. Returns the history id.
    /// </summary>
    Task<long> MergeEntitiesAsync(string fromId, string intoId, string user, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves <paramref name="aliases"/> of an entity, the mentions spelled like them, and the events and facts of
    /// articles left with no mention of the old entity, into a new entity named <paramref name="newName"/>.
    /// </summary>
    Task<(EntityRecord Created, long HistoryId)> SplitEntityAsync(
        string entityId, string newName, IReadOnlyCollection<string> aliases, string user, CancellationToken cancellationToken = default);

    /// <summary>Reverts a merge or split by moving back exactly the rows it moved; returns the undo's history id.</summary>
    Task<long> UndoEntityOperationAsync(long historyId, string user, CancellationToken cancellationToken = default);
}
