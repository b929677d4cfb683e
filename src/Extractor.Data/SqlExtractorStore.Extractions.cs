using System.Data.Common;
using System.Globalization;
using Dapper;
using Extractor.Core.Entities;
using Extractor.Core.Events;
using Extractor.Core.Pipeline;
using Extractor.Data.Model;
using Extractor.Data.Registry;

namespace Extractor.Data;

public sealed partial class SqlExtractorStore
{
    public async Task SaveExtractionAsync(long articleId, Extraction extraction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var now = Now;
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        extraction = await FollowMergesAsync(connection, transaction, extraction).ConfigureAwait(false);
        var known = extraction.Entities.Select(entity => entity.Id).ToHashSet(StringComparer.Ordinal);

        await SaveEntitiesAsync(connection, transaction, extraction.Entities, now).ConfigureAwait(false);
        await connection.ExecuteAsync(
            """
            DELETE FROM event_arguments WHERE event_id IN (SELECT id FROM events WHERE article_id = @articleId);
            DELETE FROM events WHERE article_id = @articleId;
            DELETE FROM mentions WHERE article_id = @articleId;
            """,
            new { articleId }, transaction).ConfigureAwait(false);
        await SaveMentionsAsync(connection, transaction, articleId, extraction.Entities).ConfigureAwait(false);
        foreach (var @event in extraction.Events)
        {
            await SaveEventAsync(connection, transaction, articleId, @event, extraction.PipelineVersion, known).ConfigureAwait(false);
        }

        await SaveFactsAsync(database.Dialect, connection, transaction, articleId, extraction, now).ConfigureAwait(false);
        await AssignClustersAsync(connection, transaction, articleId, extraction, now).ConfigureAwait(false);
        var article = extraction.Article;
        await connection.ExecuteAsync(
            $"""
            UPDATE articles SET state = '{ArticleState.Extracted}', title = @Title, published = @published, language = @Language,
                authors = @authors, text = @Text, pipeline_version = @PipelineVersion, failure_reason = NULL,
                lease_holder = NULL, lease_until = NULL, updated_at = @now, extracted_at = @now
            WHERE id = @articleId
            """,
            new
            {
                articleId,
                article.Title,
                published = article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                article.Language,
                authors = string.Join("; ", article.Authors),
                article.Text,
                extraction.PipelineVersion,
                now,
            },
            transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task SaveEntitiesAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<Entity> entities, DateTimeOffset now)
    {
        foreach (var entity in entities)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO entities (id, name, type, country, admin1, lat, lon, external_id, created_at, updated_at)
                VALUES (@Id, @Name, @type, @country, @admin1, @lat, @lon, @externalId, @now, @now)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, country = excluded.country,
                    admin1 = excluded.admin1, lat = excluded.lat, lon = excluded.lon,
                    external_id = COALESCE(excluded.external_id, entities.external_id), updated_at = excluded.updated_at
                """,
                new
                {
                    entity.Id,
                    entity.Name,
                    type = entity.Type.ToCode(),
                    country = entity.Place?.Country,
                    admin1 = entity.Place?.Admin1,
                    lat = entity.Place?.Latitude,
                    lon = entity.Place?.Longitude,
                    externalId = entity.Mentions.Select(mention => mention.GazetteerId).FirstOrDefault(id => id is not null),
                    now,
                },
                transaction).ConfigureAwait(false);
            var aliases = entity.Aliases.Append(entity.Name).Distinct(StringComparer.Ordinal)
                .Select(alias => new { entityId = entity.Id, alias, aliasKey = AliasKey.For(alias) });
            await connection.ExecuteAsync(
                "INSERT INTO entity_aliases (entity_id, alias, alias_key) VALUES (@entityId, @alias, @aliasKey) ON CONFLICT DO NOTHING",
                aliases, transaction).ConfigureAwait(false);
        }
    }

    private static Task SaveMentionsAsync(DbConnection connection, DbTransaction transaction, long articleId, IReadOnlyList<Entity> entities)
    {
        // Offsets in the table point into the stored body; headline mentions stay in the extraction JSON only.
        var rows = entities.SelectMany(entity => entity.Mentions.Where(mention => mention.Field == TextField.Body).Select(mention => new
        {
            articleId,
            entityId = entity.Id,
            mention.Start,
            mention.End,
            mention.Text,
            type = mention.Type.ToCode(),
            source = mention.Source.ToString().ToLowerInvariant(),
            mention.Confidence,
            mention.Cue,
            mention.GazetteerId,
        }));
        return connection.ExecuteAsync(
            """
            INSERT INTO mentions (article_id, entity_id, start_offset, end_offset, text, type, source, confidence, cue, gazetteer_id)
            VALUES (@articleId, @entityId, @Start, @End, @Text, @type, @source, @Confidence, @Cue, @GazetteerId)
            """,
            rows, transaction);
    }

    private static async Task SaveEventAsync(
        DbConnection connection, DbTransaction transaction, long articleId, Event @event, string pipelineVersion, HashSet<string> known)
    {
        var quantities = @event.Quantities;
        var eventId = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO events (article_id, event_key, type, mode, trigger_text, trigger_start, trigger_end, place_id, event_date,
                date_precision, status, killed, injured, displaced, kidnapped, arrested, usd, evidence_start, evidence_end,
                evidence_text, confidence, pipeline_version)
            VALUES (@articleId, @Id, @type, @Mode, @Trigger, @TriggerStart, @TriggerEnd, @placeId, @date, @precision, @status,
                @Killed, @Injured, @Displaced, @Kidnapped, @Arrested, @Usd, @evidenceStart, @evidenceEnd, @evidenceText,
                @Confidence, @pipelineVersion)
            RETURNING id
            """,
            new
            {
                articleId,
                @event.Id,
                type = @event.Type.ToCode(),
                @event.Mode,
                @event.Trigger,
                @event.TriggerStart,
                @event.TriggerEnd,
                placeId = @event.PlaceId is { } place && known.Contains(place) ? place : null,
                date = @event.Date?.ToString(),
                precision = @event.Date?.Precision.ToString().ToLowerInvariant(),
                status = @event.Status.ToString().ToLowerInvariant(),
                quantities.Killed,
                quantities.Injured,
                quantities.Displaced,
                quantities.Kidnapped,
                quantities.Arrested,
                quantities.Usd,
                evidenceStart = @event.Evidence.Start,
                evidenceEnd = @event.Evidence.End,
                evidenceText = @event.Evidence.Text,
                @event.Confidence,
                pipelineVersion,
            },
            transaction).ConfigureAwait(false);
        var arguments = @event.ActorIds.Where(known.Contains).Select((entityId, position) => new { eventId, role = "actor", entityId, position })
            .Concat(@event.TargetIds.Where(known.Contains).Select((entityId, position) => new { eventId, role = "target", entityId, position }));
        await connection.ExecuteAsync(
            "INSERT INTO event_arguments (event_id, role, entity_id, position) VALUES (@eventId, @role, @entityId, @position)",
            arguments, transaction).ConfigureAwait(false);
    }

    private static async Task SaveFactsAsync(SqlDialect dialect, DbConnection connection, DbTransaction transaction, long articleId, Extraction extraction, DateTimeOffset now)
    {
        // A description such as "armed men" or "a hospital" is evidence of the events that take it as an argument,
        // not a canonical entity an analyst reviews or a consumer exports on its own.
        var facts = extraction.Entities
            .Where(entity => !entity.IsNominal)
            .Select(entity => (Kind: FactKind.Entity, Subject: entity.Id, Json: FactValues.ForEntity(entity), entity.Confidence))
            .Concat(extraction.Events.Select(@event => (Kind: FactKind.Event, Subject: @event.Id, Json: FactValues.ForEvent(@event), @event.Confidence)))
            .ToList();
        var changeSeq = await NextChangeSeqAsync(connection, transaction).ConfigureAwait(false);
        // A fact whose extracted values are unchanged keeps its status, version and review; a changed one goes back to pending.
        await connection.ExecuteAsync(
            $"""
            INSERT INTO facts (kind, subject_id, article_id, status, extracted_json, values_json, confidence, version, change_seq,
                pipeline_version, created_at, updated_at)
            VALUES (@Kind, @Subject, @articleId, '{FactStatus.Pending}', @Json, @Json, @Confidence, 1, @changeSeq, @pipelineVersion, @now, @now)
            ON CONFLICT (article_id, kind, subject_id) DO UPDATE SET status = excluded.status,
                extracted_json = excluded.extracted_json, values_json = excluded.values_json, confidence = excluded.confidence,
                version = facts.version + 1, change_seq = excluded.change_seq, pipeline_version = excluded.pipeline_version,
                decided_by = NULL, decided_at = NULL, updated_at = excluded.updated_at
            WHERE facts.extracted_json <> excluded.extracted_json
            """,
            facts.Select(fact => new { fact.Kind, fact.Subject, articleId, fact.Json, fact.Confidence, changeSeq, pipelineVersion = extraction.PipelineVersion, now }),
            transaction).ConfigureAwait(false);
        // Facts the pipeline no longer finds disappear unless someone already reviewed them.
        await connection.ExecuteAsync(
            $"""
            DELETE FROM facts
            WHERE article_id = @articleId AND status = '{FactStatus.Pending}'
              AND NOT EXISTS (SELECT 1 FROM review_decisions WHERE review_decisions.fact_id = facts.id)
              AND {dialect.NotInList("kind || ':' || subject_id", "keys")}
            """,
            new { articleId, keys = facts.Select(fact => fact.Kind + ":" + fact.Subject).ToArray() },
            transaction).ConfigureAwait(false);
    }

}
