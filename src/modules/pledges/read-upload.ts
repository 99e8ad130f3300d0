import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import { BadUserInputError } from '../../common/errors/domain-error.js';

/** The uploaded file as UTF-8 text; a file over the size limit or not UTF-8 is refused, naming `file`. */
export async function readUpload(upload: Promise<FileUpload>): Promise<string> {
  const chunks: Buffer[] = [];
  try {
    const { createReadStream } = await upload;
    for await (const chunk of createReadStream()) chunks.push(chunk as Buffer);
  } catch (err) {
    throw new BadUserInputError('The file could not be read', [{ field: 'file', messages: [(err as Error).message] }]);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new BadUserInputError('The file is not UTF-8 text', [{ field: 'file', messages: ['save the CSV file as UTF-8'] }]);
  }
}
