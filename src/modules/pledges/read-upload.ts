import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import { BadUserInputError } from '../../common/errors/domain-error.js';
import { decodeUtf8 } from './pledge-csv.js';

/** The uploaded file as UTF-8 text; a file over the size limit or not UTF-8 is refused, naming `file`. */
export async function readUpload(upload: object): Promise<string> {
  const chunks: Buffer[] = [];
  try {
    const { createReadStream } = await (upload as Promise<FileUpload>);
    for await (const chunk of createReadStream()) chunks.push(chunk as Buffer);
  } catch (err) {
    throw new BadUserInputError('The file could not be read', [{ field: 'file', messages: [(err as Error).message] }]);
  }
  return decodeUtf8(Buffer.concat(chunks));
}
