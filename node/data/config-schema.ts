// The JSON schema of a data config (mdlc train --data config.json) as a TypeScript module, so the code that validates against it needs no JSON import; docs/schemas/data-config.schema.json is written from it (UPDATE=1 npm test) and a test keeps them equal.

/** The JSON schema of a data config (mdlc train --data config.json). */
export const dataConfigSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://mdlc.dev/schemas/data-config.schema.json",
  "title": "mdlc data config",
  "description": "Where a model's training data comes from and how each column becomes one of the spec's inputs or targets. See docs/data.md.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "$schema": {
      "type": "string",
      "description": "Path or URL of this schema, for editors."
    },
    "description": {
      "type": "string",
      "description": "Free text for people; ignored."
    },
    "source": {
      "description": "One source of samples; 'split' cuts it into training, validation and test parts. Give 'source' or 'sources', not both.",
      "$ref": "#/definitions/source"
    },
    "sources": {
      "description": "Sources already split into parts; 'split' may still carve validation (and test, when no test source is given) out of 'train'.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "train"
      ],
      "properties": {
        "train": {
          "$ref": "#/definitions/source"
        },
        "validation": {
          "$ref": "#/definitions/source"
        },
        "test": {
          "$ref": "#/definitions/source"
        }
      }
    },
    "inputs": {
      "description": "The spec's inputs by name. An input left out takes the source column of the same name (or a named dataset's default).",
      "type": "object",
      "additionalProperties": {
        "$ref": "#/definitions/input"
      }
    },
    "targets": {
      "description": "The spec's targets by name. A target left out takes the source column of the same name (or a named dataset's default).",
      "type": "object",
      "additionalProperties": {
        "$ref": "#/definitions/target"
      }
    },
    "split": {
      "$ref": "#/definitions/split"
    }
  },
  "definitions": {
    "path": {
      "type": "string",
      "minLength": 1,
      "description": "A path relative to the folder of the config file."
    },
    "columnRef": {
      "description": "A column by name, or by 0-based position.",
      "type": [
        "string",
        "integer"
      ],
      "minimum": 0,
      "minLength": 1
    },
    "source": {
      "description": "Exactly one of csv, jsonl, npy, folder or dataset.",
      "oneOf": [
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "csv"
          ],
          "properties": {
            "csv": {
              "$ref": "#/definitions/path"
            },
            "delimiter": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1,
              "description": "Field delimiter; default ','."
            },
            "header": {
              "type": "boolean",
              "description": "Whether the first row names the columns; default true."
            },
            "names": {
              "type": "array",
              "items": {
                "type": "string",
                "minLength": 1
              },
              "minItems": 1,
              "description": "Column names of a file without a header row."
            }
          }
        },
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "jsonl"
          ],
          "properties": {
            "jsonl": {
              "$ref": "#/definitions/path"
            }
          }
        },
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "npy"
          ],
          "properties": {
            "npy": {
              "type": "object",
              "description": "Column name -> .npy file; axis 0 of every array is the sample axis.",
              "minProperties": 1,
              "additionalProperties": {
                "$ref": "#/definitions/path"
              }
            }
          }
        },
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "folder"
          ],
          "properties": {
            "folder": {
              "$ref": "#/definitions/path"
            },
            "extensions": {
              "type": "array",
              "items": {
                "type": "string",
                "minLength": 1
              },
              "minItems": 1,
              "description": "File name endings read as samples; default ['.txt']."
            }
          }
        },
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "dataset"
          ],
          "properties": {
            "dataset": {
              "enum": [
                "mnist",
                "spam-assassin",
                "iris",
                "first-names",
                "moby-dick"
              ]
            }
          }
        }
      ]
    },
    "normalize": {
      "description": "Standardise or min-max scale with training-set statistics per feature, or compute x * scale + offset.",
      "oneOf": [
        {
          "enum": [
            "standardize",
            "minmax"
          ]
        },
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "scale"
          ],
          "properties": {
            "scale": {
              "type": "number"
            },
            "offset": {
              "type": "number"
            }
          }
        }
      ]
    },
    "tokenize": {
      "description": "Text -> word ids as Keras' Tokenizer + pad_sequences; the sequence length is the spec input's.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "words": {
          "type": "integer",
          "minimum": 3,
          "description": "Vocabulary size including 0 (padding) and 1 (out of vocabulary); default: the spec's vocabulary."
        },
        "padding": {
          "enum": [
            "pre",
            "post"
          ]
        },
        "truncating": {
          "enum": [
            "pre",
            "post"
          ]
        },
        "lower": {
          "type": "boolean"
        }
      }
    },
    "characters": {
      "description": "A running text -> windows of character ids for a next-token model; the window is the spec input's length (plus one for a target with encode 'next').",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "stride": {
          "type": "integer",
          "minimum": 1,
          "description": "Characters between the starts of two windows; default: the input's length (windows that do not overlap)."
        },
        "vocabulary": {
          "type": "string",
          "minLength": 1,
          "description": "The characters in id order; default: every character of the text, sorted by code point."
        }
      }
    },
    "input": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "column": {
          "$ref": "#/definitions/columnRef"
        },
        "columns": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/columnRef"
          },
          "minItems": 1
        },
        "normalize": {
          "$ref": "#/definitions/normalize"
        },
        "tokenize": {
          "$ref": "#/definitions/tokenize"
        },
        "characters": {
          "$ref": "#/definitions/characters"
        }
      }
    },
    "target": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "column": {
          "$ref": "#/definitions/columnRef"
        },
        "columns": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/columnRef"
          },
          "minItems": 1
        },
        "encode": {
          "enum": [
            "label",
            "id",
            "onehot",
            "none",
            "next"
          ],
          "description": "Default: fitted to the spec's target (see docs/data.md); 'next': the character ids that follow a 'characters' input's, one position on."
        },
        "classes": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "minItems": 1,
          "uniqueItems": true,
          "description": "Class names in id order."
        },
        "normalize": {
          "$ref": "#/definitions/normalize"
        }
      }
    },
    "split": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "validation": {
          "type": "number",
          "minimum": 0,
          "exclusiveMaximum": 1
        },
        "test": {
          "type": "number",
          "minimum": 0,
          "exclusiveMaximum": 1
        },
        "seed": {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295
        }
      }
    }
  }
} as const;
