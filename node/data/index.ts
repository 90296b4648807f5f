// The data API: datasets and their splits and batches, sources, preprocessing, and loadData, which fits a data config to a spec.
export { type Batch, batches, type Column, type Dataset, numel, shuffledOrder, split, type SplitDatasets, type SplitFractions, type SplitIndices, splitIndices, take } from '../../runtime/data/dataset.js';
export { DataError, type DataLocation } from '../../runtime/data/errors.js';
export { checkConfig, type ColumnRef, type DataConfig, type InputConfig, parseConfig, type SourceConfig, type SplitConfig, type TargetConfig, type TokenizeConfig } from './config.js';
export { type DataInfo, type LoadedData, loadData } from './load.js';
export { type FittedInfo, type SpecTensor, specType } from './fit.js';
export { classKeys, firstTextRow, isTextColumn, type NumericRows, numericRows, type RawColumn, type Table, texts } from './table.js';
export { ByteBudget, DEFAULT_MAX_DATA_SIZE, type DataLimits, formatSize, parseDataSize } from './limits.js';
export { pathMapping, pathSource } from './by-path.js';
export { type CsvOptions, readCsv, readCsvFile } from './sources/csv.js';
export { readJsonLines, readJsonLinesFile } from './sources/jsonl.js';
export { decodeNpy, type NpyArray, npyTable } from './sources/npy.js';
export { type FolderOptions, readTextFolder } from './sources/folder.js';
export { type DatasetName, datasetNames, defaultSplits, isDatasetName, loadNamedDataset, MNIST_SPLIT, type NamedDataset } from './sources/named.js';
export { applyNormalization, fitNormalization, type NormalizationStats, type NormalizeSetting } from './preprocess/normalize.js';
export { type ClassEncoding, encodeClasses, oneHot } from './preprocess/labels.js';
export { KERAS_FILTERS, OOV_ID, OOV_TOKEN, PAD_ID, padSequences, type PadSide, textToWords, Tokenizer } from './preprocess/tokenizer.js';
