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
    return migrator
  }
}
