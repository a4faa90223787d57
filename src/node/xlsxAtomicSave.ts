import { randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { WorkbookFileError, systemErrorCode } from './xlsxFileError';

/** State of the target path before a save: missing, a regular file with its permission bits, or anything else. */
export type PathState = { readonly kind: 'missing' } | { readonly kind: 'file'; readonly mode: number } | { readonly kind: 'other' };

/** The file operations of a save, replaceable in tests to simulate a full disk or a failing rename. */
export interface SaveFileSystem {
  inspect(filePath: string): Promise<PathState>;
  exists(filePath: string): Promise<boolean>;
  /**
   * Creates a new file (failing if it exists), writes the data and flushes it to disk. `mode` is the
   * exact permission set to give it, or null for the default of a new file.
   */
  writeNewFile(filePath: string, data: Uint8Array, mode: number | null): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(filePath: string): Promise<void>;
}

export const NODE_FILE_SYSTEM: SaveFileSystem = {
  async inspect(filePath) {
    try {
      const stats = await fs.stat(filePath);
      return stats.isFile() ? { kind: 'file', mode: stats.mode & 0o7777 } : { kind: 'other' };
    } catch (error) {
      if (systemErrorCode(error) === 'ENOENT') {
        return { kind: 'missing' };
      }
      throw error;
    }
  },
  async exists(filePath) {
    try {
      await fs.lstat(filePath);
      return true;
    } catch {
      return false;
    }
  },
  async writeNewFile(filePath, data, mode) {
    const handle = await fs.open(filePath, 'wx');
    try {
      if (mode !== null) {
        // chmod after open because the process umask applies to the mode given to open.
        await handle.chmod(mode);
      }
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => fs.rename(from, to),
  unlink: (filePath) => fs.unlink(filePath),
};

/** The owner's write permission bit; Node reports a Windows read-only file without it (mode 0o444). */
const OWNER_WRITE = 0o200;

/**
 * Saves data to `target` by writing a temporary file in the same folder and renaming it over the
 * target. A rename within one file system replaces the file in one step, so a crash or a failed write
 * leaves either the old workbook or the new one, never a half-written file. The saved file keeps the
 * permissions of the file it replaces, and a read-only file is never replaced.
 */
export async function saveFileAtomically(target: string, data: Uint8Array, fileSystem: SaveFileSystem = NODE_FILE_SYSTEM): Promise<void> {
  const file = path.resolve(target);
  const folder = path.dirname(file);
  const base = path.basename(file);

  const state = await assertSavable(file, fileSystem);
  const mode = state.kind === 'file' ? state.mode : null;

  const temporary = path.join(folder, `.${base}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fileSystem.writeNewFile(temporary, data, mode);
    await fileSystem.rename(temporary, file);
  } catch (error) {
    await fileSystem.unlink(temporary).catch(() => undefined);
    throw saveError(error, file, folder);
  }
}

/**
 * Checks, without writing, that a save to `target` can succeed: no spreadsheet program has it open, it
 * is a regular file that is not read-only, and its folder accepts new files. Commands that send mail
 * call it before sending, so a workbook that cannot record what was sent never causes a repeat.
 */
export async function assertSavable(target: string, fileSystem: SaveFileSystem = NODE_FILE_SYSTEM): Promise<PathState> {
  const file = path.resolve(target);
  const folder = path.dirname(file);

  await rejectOpenElsewhere(file, folder, path.basename(file), fileSystem);
  const state = await inspectTarget(file, folder, fileSystem);
  if (state.kind === 'other') {
    throw new WorkbookFileError('xlsx.error.notAFile', { file });
  }
  // A rename replaces a read-only file as long as the folder is writable, so the mode is checked here.
  if (state.kind === 'file' && (state.mode & OWNER_WRITE) === 0) {
    throw new WorkbookFileError('xlsx.error.readOnly', { file });
  }
  if (fileSystem === NODE_FILE_SYSTEM) {
    try {
      await fs.access(folder, fsConstants.W_OK);
    } catch (error) {
      throw saveError(error, file, folder);
    }
  }
  return state;
}

/**
 * Rejects a save while Excel (lock file ~$name) or LibreOffice (.~lock.name#) has the workbook open,
 * because that program would later overwrite the saved changes with its own copy.
 */
async function rejectOpenElsewhere(file: string, folder: string, base: string, fileSystem: SaveFileSystem): Promise<void> {
  for (const lockName of [`~$${base}`, `.~lock.${base}#`]) {
    const lockFile = path.join(folder, lockName);
    if (await fileSystem.exists(lockFile)) {
      throw new WorkbookFileError('xlsx.error.openElsewhere', { file, lockFile });
    }
  }
}

async function inspectTarget(file: string, folder: string, fileSystem: SaveFileSystem): Promise<PathState> {
  try {
    return await fileSystem.inspect(file);
  } catch (error) {
    throw saveError(error, file, folder);
  }
}

function saveError(error: unknown, file: string, folder: string): WorkbookFileError {
  if (error instanceof WorkbookFileError) {
    return error;
  }
  switch (systemErrorCode(error)) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new WorkbookFileError('xlsx.error.saveDenied', { file, folder }, { cause: error });
    case 'EBUSY':
    case 'ETXTBSY':
      return new WorkbookFileError('xlsx.error.fileLocked', { file }, { cause: error });
    case 'ENOENT':
    case 'ENOTDIR':
      return new WorkbookFileError('xlsx.error.folderNotFound', { file, folder }, { cause: error });
    case 'EISDIR':
      return new WorkbookFileError('xlsx.error.notAFile', { file }, { cause: error });
    default:
      return new WorkbookFileError('xlsx.error.saveFailed', { file, reason: error instanceof Error ? error.message : String(error) }, { cause: error });
  }
}
