export interface Card {
  cardId: number;
  userId: number | null;
  maskedPan: string;
  alias: string;
  status: 'inactive' | 'active' | 'blocked' | string;
  currency: string;
  balance: number;
  pinSet: boolean;
  type: string;
  createdAt: string;
}

export interface LinkedCard {
  associationId: number;
  cardId: number;
  maskedPan: string;
  alias: string;
  ownerName: string | null;
  currency: string;
  createdAt: string;
  updatedAt: string;
}

export interface LinkedCardRemoved {
  associationId: number;
  deleted: boolean;
}

export interface PinSet {
  cardId: number;
  authUserId?: number;
  pinSet: boolean;
  updatedAt: string;
}
