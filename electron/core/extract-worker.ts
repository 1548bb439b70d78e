// The production extract worker: the app's extractor on a worker thread (see extract-pool.ts).
import { extractWithoutText } from "./extract/index.js";
import { serveExtractions } from "./serve-extractions.js";

serveExtractions(extractWithoutText);
