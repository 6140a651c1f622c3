import path from 'node:path';

/** `./app/Dockerfile`, `app//Dockerfile` and `app/Dockerfile` name the same file. */
export function fileKey(file: string): string {
  return path.posix.normalize(file.replace(/\\/g, '/')).replace(/^\.\//, '');
}
