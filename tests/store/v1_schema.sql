-- The workshop file as version 1 of Persona Workshop wrote it (PRAGMA user_version = 1).
-- Version 2 added (see workshop/store/migrations.py): the vote_round table, vote.round_id,
-- note.origin_asset_id, persona.colour and persona.evidence_pool.
-- tests/store/make_v1_fixture.py builds tests/fixtures/workshop-v1.pwshop from this.
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
