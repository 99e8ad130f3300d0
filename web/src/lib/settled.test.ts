import { describe, expect, it } from 'vitest';
import { settledProps, settledState } from './settled';

describe('whether a page has settled', () => {
  it('is loading until every query has an answer', () => {
    expect(settledState({ fetching: true })).toBe('loading');
    expect(settledState({ fetching: false })).toBe('loading');
    expect(settledState({ fetching: false, data: { a: 1 } }, { fetching: true })).toBe('loading');
    expect(settledState({ fetching: false, data: null })).toBe('loading');
  });

  it('is loading again while an answer is being fetched anew, or only a stale one is shown', () => {
    expect(settledState({ fetching: true, data: { a: 1 } })).toBe('loading');
    expect(settledState({ fetching: false, stale: true, data: { a: 1 } })).toBe('loading');
  });

  it('is ready once every query has answered, and ignores the queries the page does not run', () => {
    expect(settledState({ fetching: false, data: { a: 1 } })).toBe('ready');
    expect(settledState({ fetching: false, stale: false, data: { a: 1 } }, null, undefined, false)).toBe('ready');
    expect(settledState()).toBe('ready');
  });

  it('is an error as soon as one query failed, answered or not', () => {
    expect(settledState({ fetching: false, data: { a: 1 } }, { fetching: false, error: new Error('refused') })).toBe('error');
    expect(settledState({ fetching: true }, { fetching: false, error: new Error('refused') })).toBe('error');
  });

  it('gives the attributes a region is marked with', () => {
    expect(settledProps('review-queue', 'ready')).toEqual({ 'data-for': 'review-queue', 'data-state': 'ready' });
  });
});
