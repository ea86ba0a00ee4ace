// How jobs look in a terminal: a progress bar redrawn in place (or one line per change when not a terminal), a table.

const WIDTH = 30;

function counts(progress = {}) {
  const parts = [];
  if (progress.total !== undefined) parts.push(`${progress.processed ?? 0}/${progress.total}`);
  if (progress.succeeded !== undefined) parts.push(`ok ${progress.succeeded}`);
  if (progress.failed) parts.push(`failed ${progress.failed}`);
  if (progress.approved !== undefined) parts.push(`approved ${progress.approved}`);
  if (progress.declined) parts.push(`declined ${progress.declined}`);
  return parts.join('  ');
}

export function progressLine(job) {
  const percent = Math.max(0, Math.min(100, Math.round(job.progress?.percent ?? 0)));
  const filled = Math.round((percent / 100) * WIDTH);
  return `[${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${String(percent).padStart(3)}%  ${job.state.padEnd(9)} ${counts(job.progress)}`.trimEnd();
}

export class ProgressView {
  constructor(stream = process.stdout) {
    this.stream = stream;
    this.live = Boolean(stream.isTTY);
    this.last = '';
  }

  show(job) {
    const line = progressLine(job);
    if (line === this.last) return;
    this.last = line;
    if (this.live) this.stream.write(`\r\x1b[2K${line}`);
    else this.stream.write(`${line}\n`);
  }

  note(text) {
    if (this.live && this.last) this.stream.write('\n');
    this.last = '';
    this.stream.write(`${text}\n`);
  }

  done() {
    if (this.live && this.last) this.stream.write('\n');
  }
}

export function jobTable(jobs) {
  if (jobs.length === 0) return 'No jobs.';
  const rows = jobs.map((job) => [job.id, job.type, job.state, `${Math.round(job.progress?.percent ?? 0)}%`, job.updatedAt]);
  const header = ['ID', 'TYPE', 'STATE', 'DONE', 'UPDATED'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => String(row[i]).length)));
  return [header, ...rows].map((row) => row.map((cell, i) => String(cell).padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}
