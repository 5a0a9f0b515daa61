import type { Category, Group, Post, StoreData, Topic, User } from './records-types.ts';

/** The forum's state: plain records in Maps, with the indexes the validations need for O(1) look-ups. */
export class Store {
  nextIds: StoreData['nextIds'] = { user: 1, category: 1, topic: 1, post: 1, group: 100 };
  readonly users = new Map<number, User>();
  readonly categories = new Map<number, Category>();
  readonly topics = new Map<number, Topic>();
  readonly posts = new Map<number, Post>();
  readonly groups = new Map<number, Group>();
  private readonly usersByName = new Map<string, User>();
  private readonly groupsByName = new Map<string, Group>();
  /** Lower-cased external ids of every topic, deleted ones included (the uniqueness validation is unscoped). */
  private readonly externalIdsLower = new Map<string, number>();
  /** Exact external ids (the database's unique index and `find_by` are case-sensitive). */
  private readonly externalIdsExact = new Map<string, number>();
  /** Lower-cased titles of listable (not deleted) topics. */
  private readonly titles = new Map<string, Set<number>>();
  private readonly categoryByTopic = new Map<number, number>();

  addUser(user: User): User {
    this.users.set(user.id, user);
    this.usersByName.set(user.username.toLowerCase(), user);
    this.nextIds.user = Math.max(this.nextIds.user, user.id + 1);
    return user;
  }

  userByName(name: string): User | undefined {
    return this.usersByName.get(name.toLowerCase());
  }

  addGroup(group: Group): Group {
    this.groups.set(group.id, group);
    this.groupsByName.set(group.name.toLowerCase(), group);
    this.nextIds.group = Math.max(this.nextIds.group, group.id + 1);
    return group;
  }

  groupByName(name: string): Group | undefined {
    return this.groupsByName.get(name.toLowerCase());
  }

  putCategory(category: Category): Category {
    this.categories.set(category.id, category);
    if (category.topic_id !== null) this.categoryByTopic.set(category.topic_id, category.id);
    this.nextIds.category = Math.max(this.nextIds.category, category.id + 1);
    return category;
  }

  categoryOfDefinitionTopic(topicId: number): Category | undefined {
    const id = this.categoryByTopic.get(topicId);
    return id === undefined ? undefined : this.categories.get(id);
  }

  childrenOf(parentId: number | null): Category[] {
    return [...this.categories.values()].filter((c) => c.parent_category_id === parentId);
  }

  addTopic(topic: Topic): Topic {
    this.topics.set(topic.id, topic);
    if (topic.external_id !== null) {
      this.externalIdsLower.set(topic.external_id.toLowerCase(), topic.id);
      this.externalIdsExact.set(topic.external_id, topic.id);
    }
    if (topic.deleted_at === null) this.indexTitle(topic);
    this.nextIds.topic = Math.max(this.nextIds.topic, topic.id + 1);
    return topic;
  }

  externalIdTaken(externalId: string): boolean {
    return this.externalIdsLower.has(externalId.toLowerCase());
  }

  externalIdExactTaken(externalId: string): boolean {
    return this.externalIdsExact.has(externalId);
  }

  /** `Topic.find_by(external_id:)`: exact match, deleted topics excluded by the default scope. */
  topicByExternalId(externalId: string): Topic | undefined {
    const id = this.externalIdsExact.get(externalId);
    const topic = id === undefined ? undefined : this.topics.get(id);
    return topic && topic.deleted_at === null ? topic : undefined;
  }

  indexTitle(topic: Topic): void {
    const key = topic.title.toLowerCase();
    let ids = this.titles.get(key);
    if (!ids) {
      ids = new Set();
      this.titles.set(key, ids);
    }
    ids.add(topic.id);
  }

  unindexTitle(topic: Topic): void {
    const key = topic.title.toLowerCase();
    this.titles.get(key)?.delete(topic.id);
    if (this.titles.get(key)?.size === 0) this.titles.delete(key);
  }

  /** Listable topics other than `exceptId` whose title matches case-insensitively. */
  topicsTitled(title: string, exceptId?: number): Topic[] {
    const ids = this.titles.get(title.toLowerCase()) ?? new Set<number>();
    return [...ids].filter((id) => id !== exceptId).flatMap((id) => this.topics.get(id) ?? []);
  }

  addPost(post: Post): Post {
    this.posts.set(post.id, post);
    this.nextIds.post = Math.max(this.nextIds.post, post.id + 1);
    return post;
  }

  firstPost(topic: Topic): Post | undefined {
    const id = topic.post_ids[0];
    return id === undefined ? undefined : this.posts.get(id);
  }

  take(kind: keyof StoreData['nextIds']): number {
    const id = this.nextIds[kind];
    this.nextIds[kind] = id + 1;
    return id;
  }

  toData(): StoreData {
    return {
      nextIds: { ...this.nextIds },
      users: [...this.users.values()],
      categories: [...this.categories.values()],
      topics: [...this.topics.values()],
      posts: [...this.posts.values()],
      groups: [...this.groups.values()],
    };
  }

  static fromData(data: StoreData): Store {
    const store = new Store();
    data.users.forEach((u) => store.addUser(u));
    data.groups.forEach((g) => store.addGroup(g));
    data.categories.forEach((c) => store.putCategory(c));
    data.topics.forEach((t) => store.addTopic(t));
    data.posts.forEach((p) => store.addPost(p));
    store.nextIds = { ...data.nextIds };
    return store;
  }
}
