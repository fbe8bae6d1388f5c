/**
 * @module
 * The behaviour every `Store` must have, as one suite run against each database (see
 * store.contract.test.ts). Database-specific checks (files, WAL) stay beside their store.
 */
import { mediaContract } from './contract/media.contract.ts';
import { commentBlockContract } from './contract/comment-blocks.contract.ts';
import { frontPageContract } from './contract/front-page.contract.ts';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { StoreHarness } from '../testing/store-harness.ts';
import { accountContract } from './contract/accounts.contract.ts';
import { articleEditContract } from './contract/article-edit.contract.ts';
import { articleContract } from './contract/articles.contract.ts';
import { commentContract } from './contract/comments.contract.ts';
import { entityContract } from './contract/entities.contract.ts';
import { entityResolutionContract } from './contract/entity-resolution.contract.ts';
import { identityContract } from './contract/identity.contract.ts';
import { migrationContract } from './contract/migrations.contract.ts';
import { searchAnalysisContract } from './contract/search-analysis.contract.ts';
import { searchContract } from './contract/search.contract.ts';
import { taxonomyContract } from './contract/taxonomy.contract.ts';
import { rateLimitContract } from './contract/rate-limits.contract.ts';
import { tokenContract } from './contract/tokens.contract.ts';
import { transactionContract } from './contract/transactions.contract.ts';
import { transferContract } from './contract/transfers.contract.ts';
import { workflowContract } from './contract/workflow.contract.ts';

/**
 * Registers every contract test for the databases `harness` makes.
 *
 * @example
 * describe('postgres', () => storeContract(storeHarness('postgres')));
 */
export function storeContract(harness: StoreHarness): void {
  beforeAll(() => harness.setup(), 30_000);
  afterEach(() => harness.cleanup());
  afterAll(() => harness.teardown());
  migrationContract(harness);
  transactionContract(harness);
  articleContract(harness);
  identityContract(harness);
  searchContract(harness);
  searchAnalysisContract(harness);
  articleEditContract(harness);
  commentContract(harness);
  tokenContract(harness);
  taxonomyContract(harness);
  entityContract(harness);
  entityResolutionContract(harness);
  transferContract(harness);
  workflowContract(harness);
  accountContract(harness);
  mediaContract(harness);
  commentBlockContract(harness);
  rateLimitContract(harness);
  frontPageContract(harness);
}
