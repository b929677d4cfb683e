using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Dapper;
using Extractor.Core.Entities;
using Extractor.Core.Pipeline;
using Extractor.Data.Model;
using Extractor.Data.Registry;

namespace Extractor.Data;

public sealed partial class SqlExtractorStore
{
    private const string EntityColumns =
        "e.id, e.name, e.type, e.country, e.admin1, e.lat, e.lon, e.external_id, e.wikidata_id, e.merged_into, " +
        "(SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id) AS mention_count";

    private static readonly JsonSerializerOptions HistoryJson = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The entity is canonical, not a description local to one article ("armed men"), whose id holds "~"
    /// (EntityIds.ForNominal); descriptions are stored only as the arguments of their events.
    /// </summary>
    private static string IsCanonical(string idColumn) => $"{idColumn} NOT LIKE '%~%'";

    /// <summary>Canonical entities only: a description local to one article is no registry entry.</summary>
    public async Task<IReadOnlyList<EntityRecord>> SearchEntitiesAsync(string prefix, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var key = AliasKey.For(prefix);
        var match = key.Length == 0
            ? string.Empty
            : "AND (e.id = @id OR e.id IN (SELECT entity_id FROM entity_aliases WHERE alias_key >= @key AND alias_key < @upper))";
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var entities = await connection.QueryAsync<EntityRecord>(
            $"SELECT {EntityColumns} FROM entities e WHERE e.merged_into IS NULL AND {IsCanonical("e.id")} {match} ORDER BY e.name, e.id LIMIT @limit",
            new { id = prefix.Trim(), key, upper = key.Length == 0 ? key : AliasKey.UpperBound(key), limit }).ConfigureAwait(false);
        return entities.AsList();
    }

    public async Task<EntityDetail?> GetEntityAsync(string entityId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var entity = await connection.QuerySingleOrDefaultAsync<EntityRecord>(
            $"SELECT {EntityColumns} FROM entities e WHERE e.id = @entityId", new { entityId }).ConfigureAwait(false);
        if (entity is null)
        {
            return null;
        }

        var aliases = await AliasesAsync(connection, null, entityId).ConfigureAwait(false);
        var articles = await connection.QueryAsync<EntityArticle>(
            """
            SELECT a.id AS article_id, a.url, a.title, COUNT(*) AS mentions FROM mentions m JOIN articles a ON a.id = m.article_id
            WHERE m.entity_id = @entityId GROUP BY a.id, a.url, a.title ORDER BY a.id DESC LIMIT 200
            """,
            new { entityId }).ConfigureAwait(false);
        var mentions = await connection.QueryAsync<EntityMention>(
            "SELECT id, article_id, start_offset, end_offset, text FROM mentions WHERE entity_id = @entityId ORDER BY article_id DESC, start_offset LIMIT 200",
            new { entityId }).ConfigureAwait(false);
        var history = await connection.QueryAsync<EntityHistoryRecord>(
            """
            SELECT id, entity_id, related_id, operation, username, at, before_json, after_json, undoes FROM entity_history
            WHERE entity_id = @entityId OR related_id = @entityId ORDER BY id DESC LIMIT 200
            """,
            new { entityId }).ConfigureAwait(false);
        return new EntityDetail(entity, aliases, articles.AsList(), mentions.AsList(), history.AsList());
    }

    public async Task<EntityRecord> CreateEntityAsync(string name, string type, string? country, string user, CancellationToken cancellationToken = default)
    {
        RequireName(name);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var created = await InsertEntityAsync(connection, transaction, name.Trim(), ParseType(type), country, user).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return created;
    }

    public async Task RenameEntityAsync(string entityId, string newName, string user, CancellationToken cancellationToken = default)
    {
        RequireName(newName);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var entity = await LiveEntityAsync(connection, transaction, entityId).ConfigureAwait(false);
        var name = newName.Trim();
        await connection.ExecuteAsync(
            "UPDATE entities SET name = @name, updated_at = @now WHERE id = @entityId", new { name, now = Now, entityId }, transaction).ConfigureAwait(false);
        await AddAliasesAsync(connection, transaction, entityId, [entity.Name, name]).ConfigureAwait(false);
        await AppendHistoryAsync(
            connection, transaction, entityId, null, EntityOperation.Rename, user, new { name = entity.Name }, new { name }, null).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> MergeEntitiesAsync(string fromId, string intoId, string user, CancellationToken cancellationToken = default)
    {
        if (fromId == intoId)
        {
            throw new EntityRegistryException($"Cannot merge {fromId} into itself");
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var from = await LiveEntityAsync(connection, transaction, fromId).ConfigureAwait(false);
        var into = await LiveEntityAsync(connection, transaction, intoId).ConfigureAwait(false);
        var intoAliases = (await AliasesAsync(connection, transaction, intoId).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        var added = (await AliasesAsync(connection, transaction, fromId).ConfigureAwait(false)).Append(from.Name)
            .Distinct(StringComparer.Ordinal).Where(alias => !intoAliases.Contains(alias)).ToList();
        await AddAliasesAsync(connection, transaction, intoId, added).ConfigureAwait(false);
        var rows = await SelectReferencesAsync(connection, transaction, fromId, null).ConfigureAwait(false);
        var facts = await RepointAsync(connection, transaction, fromId, intoId, rows).ConfigureAwait(false);
        var redirected = (await connection.QueryAsync<string>(
            "SELECT id FROM entities WHERE merged_into = @fromId", new { fromId }, transaction).ConfigureAwait(false)).AsList();
        await connection.ExecuteAsync(
            "UPDATE entities SET merged_into = @intoId, updated_at = @now WHERE merged_into = @fromId OR id = @fromId",
            new { intoId, fromId, now = Now }, transaction).ConfigureAwait(false);
        var move = new EntityMove(fromId, intoId, rows.Mentions, rows.ArgumentEvents, rows.PlaceEvents, facts, added, [], redirected);
        var historyId = await AppendHistoryAsync(
            connection, transaction, fromId, intoId, EntityOperation.Merge, user, new { from, into }, move, null).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return historyId;
    }

    public async Task<(EntityRecord Created, long HistoryId)> SplitEntityAsync(
        string entityId, string newName, IReadOnlyCollection<string> aliases, string user, CancellationToken cancellationToken = default)
    {
        RequireName(newName);
        ArgumentNullException.ThrowIfNull(aliases);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var entity = await LiveEntityAsync(connection, transaction, entityId).ConfigureAwait(false);
        var before = await AliasesAsync(connection, transaction, entityId).ConfigureAwait(false);
        // The canonical name stays with the old entity; the other chosen aliases must be its own.
        var moved = before.Where(alias => alias != entity.Name && (aliases.Contains(alias) || alias == newName.Trim())).ToList();
        var created = await InsertEntityAsync(connection, transaction, newName.Trim(), ParseType(entity.Type), entity.Country, user).ConfigureAwait(false);
        var added = moved.Where(alias => alias != created.Name).ToList();
        await AddAliasesAsync(connection, transaction, created.Id, added).ConfigureAwait(false);
        await connection.ExecuteAsync(
            $"DELETE FROM entity_aliases WHERE entity_id = @entityId AND {database.Dialect.InList("alias", "moved")}",
            new { entityId, moved = moved.ToArray() }, transaction).ConfigureAwait(false);

        var keys = moved.Append(created.Name).Select(AliasKey.For).ToHashSet(StringComparer.Ordinal);
        var mentions = (await connection.QueryAsync<EntityMention>(
            "SELECT id, article_id, start_offset, end_offset, text FROM mentions WHERE entity_id = @entityId", new { entityId }, transaction)
            .ConfigureAwait(false)).AsList();
        var movedMentions = mentions.Where(mention => keys.Contains(AliasKey.For(mention.Text))).ToList();
        var movedIds = movedMentions.Select(mention => mention.Id).ToHashSet();
        // Events and facts follow only from articles where every mention of the old entity moved.
        var articles = movedMentions.Select(mention => mention.ArticleId)
            .Where(article => mentions.All(mention => mention.ArticleId != article || movedIds.Contains(mention.Id)))
            .Distinct().ToArray();
        var rows = await SelectReferencesAsync(connection, transaction, entityId, articles).ConfigureAwait(false);
        rows = rows with { Mentions = [.. movedIds.Order()] };
        var facts = await RepointAsync(connection, transaction, entityId, created.Id, rows).ConfigureAwait(false);
        var move = new EntityMove(entityId, created.Id, rows.Mentions, rows.ArgumentEvents, rows.PlaceEvents, facts, added, moved, []);
        var historyId = await AppendHistoryAsync(
            connection, transaction, entityId, created.Id, EntityOperation.Split, user, new { entity, aliases = before }, move, null).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (created, historyId);
    }

    public async Task<long> UndoEntityOperationAsync(long historyId, string user, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var operation = await connection.QuerySingleOrDefaultAsync<EntityHistoryRecord>(
            "SELECT id, entity_id, related_id, operation, username, at, before_json, after_json, undoes FROM entity_history WHERE id = @historyId",
            new { historyId }, transaction).ConfigureAwait(false)
            ?? throw new EntityRegistryException($"No entity history entry {historyId}");
        if (operation.Operation is not (EntityOperation.Merge or EntityOperation.Split))
        {
            throw new EntityRegistryException($"Only merges and splits can be undone, not a {operation.Operation}");
        }

        if (await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM entity_history WHERE undoes = @historyId", new { historyId }, transaction).ConfigureAwait(false) > 0)
        {
            throw new EntityRegistryException($"Entity history entry {historyId} was already undone");
        }

        var move = JsonSerializer.Deserialize<EntityMove>(operation.AfterJson, HistoryJson)!;
        // Rows moved on by a later merge of the receiving entity are out of reach; that merge must be undone first.
        await LiveEntityAsync(connection, transaction, move.To).ConfigureAwait(false);
        var rows = new EntityReferences(move.Mentions, move.ArgumentEvents, move.PlaceEvents, move.Facts);
        var facts = await RepointAsync(connection, transaction, move.To, move.From, rows).ConfigureAwait(false);
        await connection.ExecuteAsync(
            $"DELETE FROM entity_aliases WHERE entity_id = @To AND {database.Dialect.InList("alias", "added")}",
            new { move.To, added = move.AliasesAdded.ToArray() }, transaction).ConfigureAwait(false);
        await AddAliasesAsync(connection, transaction, move.From, move.AliasesRemoved).ConfigureAwait(false);
        var now = Now;
        if (operation.Operation == EntityOperation.Merge)
        {
            await connection.ExecuteAsync(
                $"UPDATE entities SET merged_into = @From, updated_at = @now WHERE {database.Dialect.InList("id", "redirected")}",
                new { move.From, now, redirected = move.Redirected.ToArray() }, transaction).ConfigureAwait(false);
            await connection.ExecuteAsync(
                "UPDATE entities SET merged_into = NULL, updated_at = @now WHERE id = @From", new { move.From, now }, transaction).ConfigureAwait(false);
        }
        else
        {
            // The split-off entity stays as a redirect so links to its id keep working.
            await connection.ExecuteAsync(
                "UPDATE entities SET merged_into = @From, updated_at = @now WHERE id = @To", new { move.From, move.To, now }, transaction).ConfigureAwait(false);
        }

        var undone = new EntityMove(move.To, move.From, move.Mentions, move.ArgumentEvents, move.PlaceEvents, facts, move.AliasesRemoved, move.AliasesAdded, move.Redirected);
        var undoId = await AppendHistoryAsync(
            connection, transaction, move.From, move.To, EntityOperation.Undo, user, move, undone, historyId).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return undoId;
    }

    /// <summary>Entities of the extraction that were merged in the registry are replaced by the entity they were merged into.</summary>
    private async Task<Extraction> FollowMergesAsync(DbConnection connection, DbTransaction transaction, Extraction extraction)
    {
        var ids = extraction.Entities.Select(entity => entity.Id).Distinct(StringComparer.Ordinal).ToArray();
        if (ids.Length == 0)
        {
            return extraction;
        }

        var targets = await connection.QueryAsync<(string Id, string TargetId, string TargetName, string TargetType)>(
            $"SELECT e.id, t.id, t.name, t.type FROM entities e JOIN entities t ON t.id = e.merged_into WHERE {database.Dialect.InList("e.id", "ids")}",
            new { ids }, transaction).ConfigureAwait(false);
        return MergeRedirect.Apply(
            extraction, targets.ToDictionary(row => row.Id, row => new MergeTarget(row.TargetId, row.TargetName, row.TargetType), StringComparer.Ordinal));
    }

    private async Task<EntityReferences> SelectReferencesAsync(DbConnection connection, DbTransaction transaction, string entityId, long[]? articles)
    {
        var dialect = database.Dialect;
        string InArticles(string column) => articles is null ? string.Empty : "AND " + dialect.InList(column, "articles");
        var parameters = new { entityId, articles, pattern = "%\"" + entityId + "\"%" };
        async Task<IReadOnlyList<long>> IdsAsync(string sql) =>
            (await connection.QueryAsync<long>(sql, parameters, transaction).ConfigureAwait(false)).Distinct().Order().ToList();
        return new EntityReferences(
            await IdsAsync($"SELECT id FROM mentions WHERE entity_id = @entityId {InArticles("article_id")}").ConfigureAwait(false),
            await IdsAsync(
                $"SELECT ea.event_id FROM event_arguments ea JOIN events e ON e.id = ea.event_id WHERE ea.entity_id = @entityId {InArticles("e.article_id")}")
                .ConfigureAwait(false),
            await IdsAsync($"SELECT id FROM events WHERE place_id = @entityId {InArticles("article_id")}").ConfigureAwait(false),
            await IdsAsync(
                $"""
                SELECT id FROM facts WHERE ((kind = '{FactKind.Entity}' AND subject_id = @entityId)
                    OR (kind = '{FactKind.Event}' AND (values_json LIKE @pattern OR extracted_json LIKE @pattern))) {InArticles("article_id")}
                """).ConfigureAwait(false));
    }

    /// <summary>Points the given rows from one entity to another; returns the facts that changed (they get a new change number).</summary>
    private async Task<IReadOnlyList<long>> RepointAsync(DbConnection connection, DbTransaction transaction, string from, string to, EntityReferences rows)
    {
        var dialect = database.Dialect;
        await connection.ExecuteAsync(
            $"UPDATE mentions SET entity_id = @to WHERE entity_id = @from AND {dialect.InList("id", "ids")}",
            new { from, to, ids = rows.Mentions.ToArray() }, transaction).ConfigureAwait(false);
        await connection.ExecuteAsync(
            $"UPDATE event_arguments SET entity_id = @to WHERE entity_id = @from AND {dialect.InList("event_id", "ids")}",
            new { from, to, ids = rows.ArgumentEvents.ToArray() }, transaction).ConfigureAwait(false);
        await connection.ExecuteAsync(
            $"UPDATE events SET place_id = @to WHERE place_id = @from AND {dialect.InList("id", "ids")}",
            new { from, to, ids = rows.PlaceEvents.ToArray() }, transaction).ConfigureAwait(false);
        var facts = await connection.QueryAsync<FactRecord>(
            $"SELECT {FactColumns} FROM facts WHERE {dialect.InList("id", "ids")}", new { ids = rows.Facts.ToArray() }, transaction).ConfigureAwait(false);
        var changed = new List<long>();
        long? changeSeq = null;
        foreach (var fact in facts)
        {
            var subject = fact.SubjectId;
            string values = fact.ValuesJson, extracted = fact.ExtractedJson;
            if (fact.Kind == FactKind.Entity)
            {
                // A fact about the receiving entity in the same article already exists: the old one stays as it is.
                var taken = await connection.ExecuteScalarAsync<long>(
                    $"SELECT COUNT(*) FROM facts WHERE article_id = @ArticleId AND kind = '{FactKind.Entity}' AND subject_id = @to",
                    new { fact.ArticleId, to }, transaction).ConfigureAwait(false);
                if (subject != from || taken > 0) continue;
                subject = to;
            }
            else
            {
                values = FactEntityIds.Replace(values, from, to);
                extracted = FactEntityIds.Replace(extracted, from, to);
                if (values == fact.ValuesJson && extracted == fact.ExtractedJson) continue;
            }

            changeSeq ??= await NextChangeSeqAsync(connection, transaction).ConfigureAwait(false);
            await connection.ExecuteAsync(
                """
                UPDATE facts SET subject_id = @subject, values_json = @values, extracted_json = @extracted, version = version + 1,
                    change_seq = @changeSeq, updated_at = @now WHERE id = @Id
                """,
                new { subject, values, extracted, changeSeq, now = Now, fact.Id }, transaction).ConfigureAwait(false);
            changed.Add(fact.Id);
        }

        return changed;
    }

    private async Task<EntityRecord> InsertEntityAsync(DbConnection connection, DbTransaction transaction, string name, EntityType type, string? country, string user)
    {
        var baseId = EntityIds.For(type, name);
        var id = baseId;
        for (var n = 2; await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM entities WHERE id = @id", new { id }, transaction).ConfigureAwait(false) > 0; n++)
        {
            id = baseId + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        var now = Now;
        await connection.ExecuteAsync(
            "INSERT INTO entities (id, name, type, country, created_at, updated_at) VALUES (@id, @name, @type, @country, @now, @now)",
            new { id, name, type = type.ToCode(), country = string.IsNullOrWhiteSpace(country) ? null : country.Trim().ToUpperInvariant(), now },
            transaction).ConfigureAwait(false);
        await AddAliasesAsync(connection, transaction, id, [name]).ConfigureAwait(false);
        var created = await LiveEntityAsync(connection, transaction, id).ConfigureAwait(false);
        await AppendHistoryAsync(connection, transaction, id, null, EntityOperation.Create, user, new { }, created, null).ConfigureAwait(false);
        return created;
    }

    private static async Task<EntityRecord> LiveEntityAsync(DbConnection connection, DbTransaction transaction, string entityId)
    {
        var entity = await connection.QuerySingleOrDefaultAsync<EntityRecord>(
            $"SELECT {EntityColumns} FROM entities e WHERE e.id = @entityId", new { entityId }, transaction).ConfigureAwait(false)
            ?? throw new EntityRegistryException($"No entity {entityId}");
        return entity.MergedInto is null ? entity : throw new EntityRegistryException($"Entity {entityId} was merged into {entity.MergedInto}");
    }

    private static async Task<IReadOnlyList<string>> AliasesAsync(DbConnection connection, DbTransaction? transaction, string entityId) =>
        (await connection.QueryAsync<string>(
            "SELECT alias FROM entity_aliases WHERE entity_id = @entityId ORDER BY alias", new { entityId }, transaction).ConfigureAwait(false)).AsList();

    private static Task AddAliasesAsync(DbConnection connection, DbTransaction transaction, string entityId, IEnumerable<string> aliases) =>
        connection.ExecuteAsync(
            "INSERT INTO entity_aliases (entity_id, alias, alias_key) VALUES (@entityId, @alias, @aliasKey) ON CONFLICT DO NOTHING",
            aliases.Distinct(StringComparer.Ordinal).Select(alias => new { entityId, alias, aliasKey = AliasKey.For(alias) }),
            transaction);

    private async Task<long> AppendHistoryAsync(
        DbConnection connection, DbTransaction transaction, string entityId, string? relatedId, string operation, string user, object before, object after, long? undoes) =>
        await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO entity_history (entity_id, related_id, operation, username, at, before_json, after_json, undoes)
            VALUES (@entityId, @relatedId, @operation, @user, @now, @beforeJson, @afterJson, @undoes) RETURNING id
            """,
            new
            {
                entityId,
                relatedId,
                operation,
                user,
                now = Now,
                beforeJson = JsonSerializer.Serialize(before, HistoryJson),
                afterJson = JsonSerializer.Serialize(after, HistoryJson),
                undoes,
            },
            transaction).ConfigureAwait(false);

    private static void RequireName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new EntityRegistryException("An entity needs a name");
        }
    }

    private static EntityType ParseType(string type) =>
        Enum.TryParse<EntityType>(type, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new EntityRegistryException($"Unknown entity type '{type}' (leader, person, group or place)");
}
