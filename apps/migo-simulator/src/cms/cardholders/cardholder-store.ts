import { Injectable } from '@nestjs/common';
import { Sequence } from '../../core/ids.js';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { SEED_PEOPLE } from '../../state/demo-world.js';
import { cardView, Ledger } from '../../state/ledger.js';
import { CreateCardholderBody, ListCardholdersQuery } from './cardholder.dto.js';

type CardholderProfile = Omit<CreateCardholderBody, 'cardId'>;

/** A CMS cardholder: the partner-side profile of a Wallet user, whose cards live in the Ledger. */
export interface Cardholder extends CardholderProfile {
  id: number;
  partnerId: string;
  walletUserId: number;
  status: 'active' | 'closed';
  createdAt: string;
}

const DAY_MS = 86_400_000;
/** Names and e-mails sort as a Spanish reader expects (accents and case ignored). */
const NAME_ORDER = new Intl.Collator('es', { sensitivity: 'base' });

/**
 * Cardholders per partner. Creating one creates its Wallet user and assigns an inventory card in the shared Ledger,
 * so the Wallet surface sees the same person and card.
 */
@Injectable()
export class CardholderStore implements Resettable {
  private cardholders = new Map<number, Cardholder>();
  private readonly ids = new Sequence(1);

  constructor(
    registry: ResetRegistry,
    private readonly ledger: Ledger,
  ) {
    registry.register(this);
  }

  count(partnerId: string): number {
    return [...this.cardholders.values()].filter((c) => c.partnerId === partnerId).length;
  }

  list(partnerId: string, query: ListCardholdersQuery) {
    const needle = query.searchText?.trim().toLowerCase();
    const matches = [...this.cardholders.values()].filter(
      (c) => c.partnerId === partnerId && (!needle || [c.email, c.phoneNumber, c.documentNumber].some((field) => field.toLowerCase().includes(needle))),
    );
    const direction = query.sortOrder === 'asc' ? 1 : -1;
    const key = query.sortBy;
    const compare = key === 'createdAt' ? (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0) : NAME_ORDER.compare;
    matches.sort((a, b) => direction * (compare(a[key], b[key]) || a.id - b.id));
    const start = (query.page - 1) * query.limit;
    return { items: matches.slice(start, start + query.limit).map((c) => this.view(c)), total: matches.length, page: query.page, limit: query.limit };
  }

  get(partnerId: string, id: number): Cardholder {
    const cardholder = this.cardholders.get(id);
    if (!cardholder || cardholder.partnerId !== partnerId) throw MigoBusinessError.named('CARDHOLDER_NOT_FOUND');
    return cardholder;
  }

  /**
   * Every check runs before the first write, so a refused create leaves no Wallet user behind:
   * card of another partner or unknown → 7200, already assigned → 7201, same document in the partner → 7505,
   * e-mail already used by a Wallet user → 7101.
   */
  create(partnerId: string, input: CreateCardholderBody): Cardholder {
    const card = this.ledger.findCard(input.cardId);
    if (!card || card.partnerId !== partnerId) throw MigoBusinessError.named('CARD_NOT_FOUND');
    if (card.userId !== null) throw MigoBusinessError.named('CARD_ALREADY_ASSIGNED');
    const document = input.documentNumber.toUpperCase();
    if ([...this.cardholders.values()].some((c) => c.partnerId === partnerId && c.documentNumber.toUpperCase() === document)) {
      throw MigoBusinessError.named('CARDHOLDER_ALREADY_EXISTS');
    }
    const { cardId, ...profile } = input;
    const email = profile.email.toLowerCase();
    const user = this.ledger.createUser({
      partnerId,
      username: email,
      email,
      firstName: profile.name,
      lastName: profile.lastName,
      phoneNumber: profile.phoneNumber,
      profile: { address: profile.address, gender: profile.gender, countryOfBirth: profile.countryOfBirth, dateOfBirth: profile.dateOfBirth, maritalStatus: profile.maritalStatus, documentType: profile.documentType, documentNumber: profile.documentNumber },
    });
    this.ledger.assignCard(cardId, user.userId);
    const cardholder: Cardholder = { ...profile, email, id: this.ids.take(), partnerId, walletUserId: user.userId, status: 'active', createdAt: new Date().toISOString() };
    this.cardholders.set(cardholder.id, cardholder);
    return cardholder;
  }

  /** Closing blocks every card of the cardholder in the partner; the Wallet user itself is kept. */
  close(partnerId: string, id: number): Cardholder {
    const cardholder = this.get(partnerId, id);
    if (cardholder.status === 'closed') throw MigoBusinessError.named('CARDHOLDER_ALREADY_CLOSED');
    for (const card of this.cardsOf(cardholder)) this.ledger.setCardStatus(card.cardId, 'blocked');
    cardholder.status = 'closed';
    return cardholder;
  }

  view(cardholder: Cardholder) {
    return { ...this.profileView(cardholder), cardIds: this.cardsOf(cardholder).map((card) => card.cardId), createdAt: cardholder.createdAt };
  }

  /** The detail adds the cards as the Ledger shows them (masked PAN only). */
  detailView(cardholder: Cardholder) {
    return { ...this.view(cardholder), cards: this.cardsOf(cardholder).map(cardView) };
  }

  reset(): void {
    this.cardholders = new Map();
    this.ids.reset();
    const seededAt = Date.now() - 400 * DAY_MS;
    for (const { cards: _cards, cardholderId, ...person } of SEED_PEOPLE) {
      this.cardholders.set(cardholderId, { ...person, id: cardholderId, status: 'active', createdAt: new Date(seededAt + cardholderId * 60_000).toISOString() } as Cardholder);
      this.ids.advancePast(cardholderId);
    }
  }

  private cardsOf(cardholder: Cardholder) {
    return this.ledger.cardsOfUser(cardholder.walletUserId).filter((card) => card.partnerId === cardholder.partnerId);
  }

  private profileView(c: Cardholder) {
    return {
      id: c.id,
      partnerId: c.partnerId,
      walletUserId: c.walletUserId,
      name: c.name,
      lastName: c.lastName,
      email: c.email,
      phoneNumber: c.phoneNumber,
      documentType: c.documentType,
      documentNumber: c.documentNumber,
      dateOfBirth: c.dateOfBirth,
      gender: c.gender,
      maritalStatus: c.maritalStatus,
      address: c.address,
      countryOfBirth: c.countryOfBirth,
      status: c.status,
    };
  }
}
