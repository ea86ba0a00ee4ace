export interface RevertRequest {
  transactionUid: string;
  processor: string;
}

export interface RefundRequest extends RevertRequest {
  /** Part of the amount; everything still refundable when omitted. */
  amount?: number;
}
