import GRDB

/// The workspace's migrations, registered by name and never edited once released.
enum Schema {
  /// The first migration: its presence marks a database as an Attest workspace.
  static let firstMigration = "v1-workspace"

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration(firstMigration) { db in
      try db.execute(
        sql: """
          CREATE TABLE outlet (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            evidence TEXT
          );
          CREATE TABLE article (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL UNIQUE,
            doc TEXT NOT NULL,
            outletId INTEGER NOT NULL REFERENCES outlet(id),
            url TEXT,
            published TEXT,
            title TEXT,
            byline TEXT,
            contentHash TEXT NOT NULL,
            byteCount INTEGER NOT NULL,
            text TEXT NOT NULL
          );
          CREATE INDEX article_outlet ON article(outletId);
          CREATE TABLE speaker (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL
          );
          CREATE TABLE alias (
            id INTEGER PRIMARY KEY,
            speakerId INTEGER NOT NULL REFERENCES speaker(id) ON DELETE CASCADE,
            mention TEXT NOT NULL,
            isManual INTEGER NOT NULL DEFAULT 0,
            UNIQUE (speakerId, mention)
          );
          CREATE INDEX alias_mention ON alias(mention);
          CREATE TABLE quote (
            id INTEGER PRIMARY KEY,
            articleId INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            speakerId INTEGER NOT NULL REFERENCES speaker(id),
            mention TEXT NOT NULL,
            role TEXT,
            type TEXT NOT NULL CHECK (type IN ('direct', 'indirect', 'mixed')),
            cue TEXT NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            line INTEGER NOT NULL,
            "column" INTEGER NOT NULL,
            confidence REAL NOT NULL,
            UNIQUE (articleId, ordinal)
          );
          CREATE INDEX quote_speaker ON quote(speakerId);
          CREATE TABLE claim (
            id INTEGER PRIMARY KEY,
            articleId INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            claimKey TEXT NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            value REAL,
            valueMax REAL,
            unit TEXT NOT NULL,
            assertedBy TEXT NOT NULL,
            hedged INTEGER NOT NULL,
            UNIQUE (articleId, ordinal)
          );
          CREATE INDEX claim_key ON claim(claimKey);
          CREATE TABLE annotation (
            id INTEGER PRIMARY KEY,
            articleSource TEXT NOT NULL,
            quoteId INTEGER REFERENCES quote(id) ON DELETE SET NULL,
            claimKey TEXT,
            anchorText TEXT,
            kind TEXT NOT NULL CHECK (kind IN ('note', 'tag', 'flag', 'verdict')),
            body TEXT NOT NULL,
            createdAt TEXT NOT NULL
          );
          CREATE INDEX annotation_quote ON annotation(quoteId);
          CREATE INDEX annotation_source ON annotation(articleSource);
          """)
    }
    migrator.registerMigration("v2-search-and-aliases") { db in
      // Full-text search over quotes, notes and articles. Rowids encode the source so that
      // deleting one row is a rowid lookup: quote id*4, annotation id*4+1, article id*4+2.
      try db.execute(
        sql: """
          CREATE VIRTUAL TABLE search USING fts5(
            kind UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2');
          CREATE TRIGGER quote_search_insert AFTER INSERT ON quote BEGIN
            INSERT INTO search (rowid, kind, body) VALUES (new.id * 4, 'quote', new.text);
          END;
          CREATE TRIGGER quote_search_delete AFTER DELETE ON quote BEGIN
            DELETE FROM search WHERE rowid = old.id * 4;
          END;
          CREATE TRIGGER annotation_search_insert AFTER INSERT ON annotation BEGIN
            INSERT INTO search (rowid, kind, body) VALUES (new.id * 4 + 1, 'note', new.body);
          END;
          CREATE TRIGGER annotation_search_delete AFTER DELETE ON annotation BEGIN
            DELETE FROM search WHERE rowid = old.id * 4 + 1;
          END;
          CREATE TRIGGER article_search_insert AFTER INSERT ON article BEGIN
            INSERT INTO search (rowid, kind, body) VALUES (new.id * 4 + 2, 'article', new.text);
          END;
          CREATE TRIGGER article_search_update AFTER UPDATE OF text ON article BEGIN
            DELETE FROM search WHERE rowid = old.id * 4 + 2;
            INSERT INTO search (rowid, kind, body) VALUES (new.id * 4 + 2, 'article', new.text);
          END;
          CREATE TABLE aliasOverride (
            mention TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
            speaker TEXT NOT NULL
          );
          CREATE INDEX quote_mention ON quote(mention COLLATE NOCASE);
          CREATE INDEX annotation_kind ON annotation(kind, body);
          """)
    }
    migrator.registerMigration("v3-claims-and-provenance") { db in
      // Claims keep their whole normalised mention as JSON; articles keep what copy detection
      // needs, so a stored workspace scores exactly as a batch run does.
      try db.execute(
        sql: """
          ALTER TABLE article ADD COLUMN credit TEXT;
          ALTER TABLE article ADD COLUMN fingerprint BLOB;
          ALTER TABLE claim ADD COLUMN detail TEXT;
          CREATE INDEX claim_article ON claim(articleId, ordinal);
          CREATE INDEX annotation_claim ON annotation(kind, claimKey);
          """)
    }
    migrator.registerMigration("v4-stored-scores") { db in
      // Scores computed once per change of the corpus, read by `claims`, the REPL and exports.
      try db.execute(
        sql: """
          CREATE TABLE claimScore (claimId INTEGER PRIMARY KEY, label TEXT NOT NULL,
            probability REAL NOT NULL, low REAL NOT NULL, high REAL NOT NULL,
            supporting TEXT NOT NULL, conflicting TEXT NOT NULL, asOf INTEGER NOT NULL,
            slot TEXT NOT NULL, effective REAL NOT NULL, explanation TEXT NOT NULL,
            verdict INTEGER);
          CREATE INDEX claimScore_label ON claimScore(label);
          CREATE TABLE scoring (key TEXT PRIMARY KEY, value TEXT NOT NULL);
          INSERT INTO scoring (key, value) VALUES ('stale', '1');
          """)
    }
    migrator.registerMigration("v5-aligned-claim-keys") { db in
      // A score keeps the claim key its mention was scored under (`KeyAlignment` may merge the
      // key the extractor gave it into another); scores saved before are scored again.
      try db.execute(
        sql: """
          ALTER TABLE claimScore ADD COLUMN claimKey TEXT;
          CREATE INDEX claimScore_key ON claimScore(claimKey);
          INSERT OR REPLACE INTO scoring (key, value) VALUES ('stale', '1');
          """)
    }
    migrator.registerMigration("v6-compatible-key-merges") { db in
      // Keys are merged only for compatible statements of a value now: saved scores from the
      // earlier rule are scored again.
      try db.execute(
        sql: "INSERT OR REPLACE INTO scoring (key, value) VALUES ('stale', '1')")
    }
    migrator.registerMigration("v7-article-name-order") { db in
      // A limited listing of a speaker with many quotes walks articles in name order and stops
      // at the limit, instead of sorting every one of the speaker's quotes.
      try db.execute(sql: "CREATE INDEX article_doc ON article(doc, id)")
    }
    return migrator
  }
}
