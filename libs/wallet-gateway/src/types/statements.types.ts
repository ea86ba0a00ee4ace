export interface StatementAccepted {
  reference: string;
  cardId: number;
  month: number;
  year: number;
  status: 'processing' | 'ready' | string;
  createdAt: string;
}

export interface StatementStatus extends StatementAccepted {
  readyAt: string | null;
  downloadPath?: string;
}
