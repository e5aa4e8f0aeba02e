"""The tables of a workshop file as each version of the program wrote them, frozen.

Each version's definitions are written out here as SQL, once, when that version is
released, and never changed afterwards: a migration step builds the tables of its
version from these (never from today's ``schema.py``), and opening a file accepts only
the objects the file's version defines (see ``allow_list``). A change to ``schema.py``
therefore needs a new ``SCHEMA_VERSION``, its SQL here and a migration step; a test
(tests/store/test_schema_history.py) fails until all three are there.
"""

from __future__ import annotations

#: Version 1 (Persona Workshop 0.x up to the voting rounds).
V1 = """
CREATE TABLE workshop (
    id VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    goal VARCHAR NOT NULL,
    decisions VARCHAR NOT NULL,
    product VARCHAR NOT NULL,
    target_segments VARCHAR NOT NULL,
    metrics VARCHAR NOT NULL,
    stage VARCHAR NOT NULL,
    settings VARCHAR NOT NULL,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE participant (
    id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    colour VARCHAR NOT NULL,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE source (
    id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    label VARCHAR NOT NULL,
    date VARCHAR,
    reference VARCHAR NOT NULL,
    notes VARCHAR NOT NULL,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE asset (
    id VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    mime VARCHAR NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    data BLOB NOT NULL,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (sha256)
);
CREATE TABLE cluster (
    id VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    x FLOAT NOT NULL,
    y FLOAT NOT NULL,
    w FLOAT NOT NULL,
    h FLOAT NOT NULL,
    z FLOAT NOT NULL,
    colour VARCHAR NOT NULL,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE app_state (
    "key" VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    PRIMARY KEY ("key")
);
CREATE TABLE note (
    id VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    x FLOAT NOT NULL,
    y FLOAT NOT NULL,
    w FLOAT NOT NULL,
    h FLOAT NOT NULL,
    z FLOAT NOT NULL,
    colour VARCHAR NOT NULL,
    source_id VARCHAR,
    author_id VARCHAR,
    cluster_id VARCHAR,
    asset_id VARCHAR,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(source_id) REFERENCES source (id),
    FOREIGN KEY(author_id) REFERENCES participant (id),
    FOREIGN KEY(cluster_id) REFERENCES cluster (id),
    FOREIGN KEY(asset_id) REFERENCES asset (id)
);
CREATE INDEX ix_note_source_id ON note (source_id);
CREATE INDEX ix_note_cluster_id ON note (cluster_id);
CREATE TABLE persona (
    id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    archetype VARCHAR NOT NULL,
    quote VARCHAR NOT NULL,
    role_context VARCHAR NOT NULL,
    photo_asset_id VARCHAR,
    status VARCHAR NOT NULL,
    template VARCHAR NOT NULL,
    last_reviewed VARCHAR,
    owner VARCHAR NOT NULL,
    segment_name VARCHAR NOT NULL,
    segment_size VARCHAR NOT NULL,
    segment_size_source VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(photo_asset_id) REFERENCES asset (id)
);
CREATE TABLE vote (
    id VARCHAR NOT NULL,
    participant_id VARCHAR NOT NULL,
    note_id VARCHAR,
    cluster_id VARCHAR,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(participant_id) REFERENCES participant (id),
    FOREIGN KEY(note_id) REFERENCES note (id),
    FOREIGN KEY(cluster_id) REFERENCES cluster (id)
);
CREATE TABLE persona_item (
    id VARCHAR NOT NULL,
    persona_id VARCHAR NOT NULL,
    section VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    metric_kind VARCHAR,
    metric_baseline VARCHAR NOT NULL,
    metric_target VARCHAR NOT NULL,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(persona_id) REFERENCES persona (id)
);
CREATE INDEX ix_persona_item_persona_id ON persona_item (persona_id);
CREATE TABLE evidence_link (
    id VARCHAR NOT NULL,
    item_id VARCHAR NOT NULL,
    note_id VARCHAR,
    cluster_id VARCHAR,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(item_id) REFERENCES persona_item (id),
    FOREIGN KEY(note_id) REFERENCES note (id),
    FOREIGN KEY(cluster_id) REFERENCES cluster (id)
);
CREATE INDEX ix_evidence_link_note_id ON evidence_link (note_id);
CREATE INDEX ix_evidence_link_item_id ON evidence_link (item_id);
"""

#: Version 2: voting rounds (``vote_round``, ``vote.round_id``), crops of wall photos
#: (``note.origin_asset_id``), persona colours and evidence pools.
V2 = """
CREATE TABLE app_state (
    "key" VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    PRIMARY KEY ("key")
);
CREATE TABLE asset (
    id VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    mime VARCHAR NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    data BLOB NOT NULL,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (sha256)
);
CREATE TABLE cluster (
    id VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    x FLOAT NOT NULL,
    y FLOAT NOT NULL,
    w FLOAT NOT NULL,
    h FLOAT NOT NULL,
    z FLOAT NOT NULL,
    colour VARCHAR NOT NULL,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE participant (
    id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    colour VARCHAR NOT NULL,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE source (
    id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    label VARCHAR NOT NULL,
    date VARCHAR,
    reference VARCHAR NOT NULL,
    notes VARCHAR NOT NULL,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE vote_round (
    id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    target VARCHAR NOT NULL,
    votes_per_participant INTEGER NOT NULL,
    is_open BOOLEAN NOT NULL,
    show_tallies BOOLEAN NOT NULL,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE workshop (
    id VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    goal VARCHAR NOT NULL,
    decisions VARCHAR NOT NULL,
    product VARCHAR NOT NULL,
    target_segments VARCHAR NOT NULL,
    metrics VARCHAR NOT NULL,
    stage VARCHAR NOT NULL,
    settings VARCHAR NOT NULL,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE note (
    id VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    x FLOAT NOT NULL,
    y FLOAT NOT NULL,
    w FLOAT NOT NULL,
    h FLOAT NOT NULL,
    z FLOAT NOT NULL,
    colour VARCHAR NOT NULL,
    source_id VARCHAR,
    author_id VARCHAR,
    cluster_id VARCHAR,
    asset_id VARCHAR,
    origin_asset_id VARCHAR,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(source_id) REFERENCES source (id),
    FOREIGN KEY(author_id) REFERENCES participant (id),
    FOREIGN KEY(cluster_id) REFERENCES cluster (id),
    FOREIGN KEY(asset_id) REFERENCES asset (id),
    FOREIGN KEY(origin_asset_id) REFERENCES asset (id)
);
CREATE INDEX ix_note_cluster_id ON note (cluster_id);
CREATE INDEX ix_note_source_id ON note (source_id);
CREATE TABLE persona (
    id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    archetype VARCHAR NOT NULL,
    quote VARCHAR NOT NULL,
    role_context VARCHAR NOT NULL,
    photo_asset_id VARCHAR,
    status VARCHAR NOT NULL,
    template VARCHAR NOT NULL,
    last_reviewed VARCHAR,
    owner VARCHAR NOT NULL,
    segment_name VARCHAR NOT NULL,
    segment_size VARCHAR NOT NULL,
    segment_size_source VARCHAR NOT NULL,
    colour VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    evidence_pool VARCHAR NOT NULL,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(photo_asset_id) REFERENCES asset (id)
);
CREATE TABLE persona_item (
    id VARCHAR NOT NULL,
    persona_id VARCHAR NOT NULL,
    section VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    metric_kind VARCHAR,
    metric_baseline VARCHAR NOT NULL,
    metric_target VARCHAR NOT NULL,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(persona_id) REFERENCES persona (id)
);
CREATE INDEX ix_persona_item_persona_id ON persona_item (persona_id);
CREATE TABLE vote (
    id VARCHAR NOT NULL,
    round_id VARCHAR NOT NULL,
    participant_id VARCHAR NOT NULL,
    note_id VARCHAR,
    cluster_id VARCHAR,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(round_id) REFERENCES vote_round (id),
    FOREIGN KEY(participant_id) REFERENCES participant (id),
    FOREIGN KEY(note_id) REFERENCES note (id),
    FOREIGN KEY(cluster_id) REFERENCES cluster (id)
);
CREATE INDEX ix_vote_round_id ON vote (round_id);
CREATE TABLE evidence_link (
    id VARCHAR NOT NULL,
    item_id VARCHAR NOT NULL,
    note_id VARCHAR,
    cluster_id VARCHAR,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(item_id) REFERENCES persona_item (id),
    FOREIGN KEY(note_id) REFERENCES note (id),
    FOREIGN KEY(cluster_id) REFERENCES cluster (id)
);
CREATE INDEX ix_evidence_link_item_id ON evidence_link (item_id);
CREATE INDEX ix_evidence_link_note_id ON evidence_link (note_id);
"""

#: Version 3: research respondents and studies are first-class. A source belongs to a
#: ``study`` (an interview round, a survey, a ticket export, an analytics report) and, where
#: there is one, to a ``respondent`` (a pseudonymous research participant with attributes:
#: not one of the workshop's participants, who are the people in the room); a note keeps
#: the ``question`` it answers (a survey question, an interview prompt) out of its text.
V3 = """
CREATE TABLE app_state (
    "key" VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    PRIMARY KEY ("key")
);
CREATE TABLE asset (
    id VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    mime VARCHAR NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    data BLOB NOT NULL,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (sha256)
);
CREATE TABLE cluster (
    id VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    x FLOAT NOT NULL,
    y FLOAT NOT NULL,
    w FLOAT NOT NULL,
    h FLOAT NOT NULL,
    z FLOAT NOT NULL,
    colour VARCHAR NOT NULL,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE participant (
    id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    colour VARCHAR NOT NULL,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE study (
    id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    date_from VARCHAR,
    date_to VARCHAR,
    notes VARCHAR NOT NULL,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE respondent (
    id VARCHAR NOT NULL,
    label VARCHAR NOT NULL,
    attributes VARCHAR NOT NULL,
    notes VARCHAR NOT NULL,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE source (
    id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    label VARCHAR NOT NULL,
    date VARCHAR,
    reference VARCHAR NOT NULL,
    notes VARCHAR NOT NULL,
    study_id VARCHAR,
    respondent_id VARCHAR,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(study_id) REFERENCES study (id),
    FOREIGN KEY(respondent_id) REFERENCES respondent (id)
);
CREATE INDEX ix_source_study_id ON source (study_id);
CREATE INDEX ix_source_respondent_id ON source (respondent_id);
CREATE TABLE vote_round (
    id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    target VARCHAR NOT NULL,
    votes_per_participant INTEGER NOT NULL,
    is_open BOOLEAN NOT NULL,
    show_tallies BOOLEAN NOT NULL,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE workshop (
    id VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    goal VARCHAR NOT NULL,
    decisions VARCHAR NOT NULL,
    product VARCHAR NOT NULL,
    target_segments VARCHAR NOT NULL,
    metrics VARCHAR NOT NULL,
    stage VARCHAR NOT NULL,
    settings VARCHAR NOT NULL,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE note (
    id VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    x FLOAT NOT NULL,
    y FLOAT NOT NULL,
    w FLOAT NOT NULL,
    h FLOAT NOT NULL,
    z FLOAT NOT NULL,
    colour VARCHAR NOT NULL,
    source_id VARCHAR,
    author_id VARCHAR,
    cluster_id VARCHAR,
    asset_id VARCHAR,
    origin_asset_id VARCHAR,
    question VARCHAR NOT NULL,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(source_id) REFERENCES source (id),
    FOREIGN KEY(author_id) REFERENCES participant (id),
    FOREIGN KEY(cluster_id) REFERENCES cluster (id),
    FOREIGN KEY(asset_id) REFERENCES asset (id),
    FOREIGN KEY(origin_asset_id) REFERENCES asset (id)
);
CREATE INDEX ix_note_cluster_id ON note (cluster_id);
CREATE INDEX ix_note_source_id ON note (source_id);
CREATE TABLE persona (
    id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    archetype VARCHAR NOT NULL,
    quote VARCHAR NOT NULL,
    role_context VARCHAR NOT NULL,
    photo_asset_id VARCHAR,
    status VARCHAR NOT NULL,
    template VARCHAR NOT NULL,
    last_reviewed VARCHAR,
    owner VARCHAR NOT NULL,
    segment_name VARCHAR NOT NULL,
    segment_size VARCHAR NOT NULL,
    segment_size_source VARCHAR NOT NULL,
    colour VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    evidence_pool VARCHAR NOT NULL,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(photo_asset_id) REFERENCES asset (id)
);
CREATE TABLE persona_item (
    id VARCHAR NOT NULL,
    persona_id VARCHAR NOT NULL,
    section VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    metric_kind VARCHAR,
    metric_baseline VARCHAR NOT NULL,
    metric_target VARCHAR NOT NULL,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(persona_id) REFERENCES persona (id)
);
CREATE INDEX ix_persona_item_persona_id ON persona_item (persona_id);
CREATE TABLE vote (
    id VARCHAR NOT NULL,
    round_id VARCHAR NOT NULL,
    participant_id VARCHAR NOT NULL,
    note_id VARCHAR,
    cluster_id VARCHAR,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(round_id) REFERENCES vote_round (id),
    FOREIGN KEY(participant_id) REFERENCES participant (id),
    FOREIGN KEY(note_id) REFERENCES note (id),
    FOREIGN KEY(cluster_id) REFERENCES cluster (id)
);
CREATE INDEX ix_vote_round_id ON vote (round_id);
CREATE TABLE evidence_link (
    id VARCHAR NOT NULL,
    item_id VARCHAR NOT NULL,
    note_id VARCHAR,
    cluster_id VARCHAR,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(item_id) REFERENCES persona_item (id),
    FOREIGN KEY(note_id) REFERENCES note (id),
    FOREIGN KEY(cluster_id) REFERENCES cluster (id)
);
CREATE INDEX ix_evidence_link_item_id ON evidence_link (item_id);
CREATE INDEX ix_evidence_link_note_id ON evidence_link (note_id);
"""

#: What a file of each version holds, as the program writes it new (or migrates it).
TABLES: dict[int, str] = {1: V1, 2: V2, 3: V3}

#: Version-2 files brought forward from version 1 by releases before the migrations were
#: frozen: those added the new columns with ``ALTER TABLE ... ADD COLUMN`` (so at the end of
#: the table, with a default) instead of rebuilding the tables. Such files are sound and
#: are accepted as they are.
V2_AS_FIRST_MIGRATED = (
    V1
    + """
CREATE TABLE vote_round (
    id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    target VARCHAR NOT NULL,
    votes_per_participant INTEGER NOT NULL,
    is_open BOOLEAN NOT NULL,
    show_tallies BOOLEAN NOT NULL,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id)
);
DROP TABLE vote;
CREATE TABLE vote (
    id VARCHAR NOT NULL,
    round_id VARCHAR NOT NULL,
    participant_id VARCHAR NOT NULL,
    note_id VARCHAR,
    cluster_id VARCHAR,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(round_id) REFERENCES vote_round (id),
    FOREIGN KEY(participant_id) REFERENCES participant (id),
    FOREIGN KEY(note_id) REFERENCES note (id),
    FOREIGN KEY(cluster_id) REFERENCES cluster (id)
);
CREATE INDEX ix_vote_round_id ON vote (round_id);
ALTER TABLE note ADD COLUMN origin_asset_id VARCHAR REFERENCES asset (id);
ALTER TABLE persona ADD COLUMN colour VARCHAR NOT NULL DEFAULT '#5c6bc0';
ALTER TABLE persona ADD COLUMN evidence_pool VARCHAR NOT NULL DEFAULT '[]';
"""
)

#: Every shape a file of each version may have: the first is how this program writes it.
SHAPES: dict[int, tuple[str, ...]] = {1: (V1,), 2: (V2, V2_AS_FIRST_MIGRATED), 3: (V3,)}
