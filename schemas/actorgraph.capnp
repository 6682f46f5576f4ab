# actorgraph's durable format. The same structs encode the values in the
# RocksDB store (store/keys.h) and the Cap'n Proto export files.
#
# Compatibility: fields are only ever added (with new ordinals), never renamed
# or renumbered; kSchemaVersion in schemas/codec.h goes up when the meaning of
# stored data changes. Offsets are UTF-8 byte offsets, end exclusive.
@0xb7676ac937ce85a3;

using Cxx = import "/capnp/c++.capnp";
$Cxx.namespace("actorgraph::schema");

struct Span {
  start @0 :UInt32;
  end @1 :UInt32;
}

enum ActorType {
  person @0;
  country @1;
  location @2;
  agency @3;
  organization @4;
  group @5;
}

enum RelationType {
  accuses @0;
  denies @1;
  quotes @2;
  affiliatedWith @3;
  criticizes @4;
}

struct Document {
  id @0 :Text;
  title @1 :Text;
  date @2 :Text;        # ISO 8601, UTC, to the precision given (model/dates.h); empty: undated
  url @3 :Text;
  source @4 :Text;
  contentHash @5 :UInt64;
  text @6 :Text;        # empty in exports made without texts
  extractor @7 :UInt64; # fingerprint of the extractor that made the stored facts; 0: unknown
  dateWritten @8 :Text; # the date or dateline as written, when it differs from date
  dateOrigin @9 :DateOrigin;
}

enum DateOrigin {
  none @0;
  field @1;
  dateline @2;
  datelineYearOfPrevious @3;  # a dateline without a year: the previous dated document's
}

enum MentionForm {
  name @0;
  demonym @1;           # "Russian hackers": the adjective or plural of its people
}

struct Mention {
  document @0 :Text;
  span @1 :Span;
  form @2 :MentionForm;
}

struct Actor {
  key @0 :Text;         # "person:jim-lewis", "country:CHN"
  name @1 :Text;
  type @2 :ActorType;
  aliases @3 :List(Text);
  mentions @4 :List(Mention);
}

# A statement: direct quotation or reported speech.
struct Quote {
  document @0 :Text;
  span @1 :Span;
  text @2 :Text;
  direct @3 :Bool;
  speaker @4 :Text;     # actor key; empty when the speaker is unknown
  speakerMention :union {
    none @5 :Void;
    span @6 :Span;
  }
  speakerText @7 :Text;
  cue @8 :Text;
  about @9 :List(Text); # actor keys named inside the quote
  fragments @10 :List(Span); # quoted words inside reported speech
  claim @11 :UInt64;    # the claim it makes (store/claims.h); 0 until stored
}

struct Relation {
  type @0 :RelationType;
  source @1 :Text;
  target @2 :Text;      # empty when there is no named target
  document @3 :Text;
  span @4 :Span;        # evidence sentence
  cue @5 :Text;
  confidence @6 :Float32;
  role @7 :Text;        # affiliatedWith only
  former @8 :Bool;      # affiliatedWith only
  cameo @9 :Text;       # CAMEO event code ("112"); empty for affiliatedWith
  sourceMention :union {
    none @10 :Void;
    span @11 :Span;     # where the source is named
  }
  claim @12 :UInt64;    # the claim of the evidence sentence; 0 until stored
}

# An actor of a document that the store took for another it knew.
enum MergeReason {
  name @0;
  country @1;
  alias @2;
  surname @3;
  user @4;
}

struct ActorMerge {
  from @0 :Text;        # actor key as extracted
  name @1 :Text;        # its name as written
  to @2 :Text;          # the actor key it was stored as
  reason @3 :MergeReason;
}

# Everything extracted from one document (one value in the store).
struct DocumentFacts {
  document @0 :Text;
  actors @1 :List(Actor);
  quotes @2 :List(Quote);
  relations @3 :List(Relation);
  merges @4 :List(ActorMerge);  # set by the store (store/canonical.h)
}

# An export: a whole store or a selection of it.
struct Graph {
  schemaVersion @0 :UInt32;
  documents @1 :List(Document);
  actors @2 :List(Actor);
  quotes @3 :List(Quote);
  relations @4 :List(Relation);
}
